using Ocr;

namespace Verification.Worker.Identity.Reading;

/// <summary>
/// The fixed-pitch grid of one MRZ line in strip pixels: column k is centred at A + B·k + C·k². The
/// quadratic term is perspective: on a phone photo the far end of a line is foreshortened, and its pitch
/// can shrink by a sixth from one end to the other. <see cref="Score"/> says how well the OCR symbols sit on
/// the grid (1 when every symbol is within a quarter pitch of its column and neighbours are one column apart).
/// </summary>
internal sealed record PitchGrid(double A, double B, double C, int Length, double Score)
{
    /// <summary>
    /// OCR-B glyphs cover about two thirds of their cell, so the ink runs from a third of a pitch before
    /// column 0's centre to a third after the last one's: extent ≈ (n − 1 + 0.68) × pitch.
    /// </summary>
    private const double GlyphShare = 0.68;

    private const double Tolerance = 0.25;

    public double CentreOf(int column) => A + (B * column) + (C * column * column);

    public double PitchAt(int column) => B + (2 * C * column);

    /// <summary>The column whose centre is nearest to <paramref name="x"/> (possibly outside 0..Length-1).</summary>
    public int ColumnOf(double x)
    {
        // The root of C·k² + B·k + (A − x) = 0 that continues the straight solution (x − A) / B.
        var linear = (x - A) / B;
        if (Math.Abs(C) < 1e-9)
        {
            return (int)Math.Round(linear);
        }
        var discriminant = (B * B) + (4 * C * (x - A));
        return discriminant < 0
            ? (int)Math.Round(-B / (2 * C))
            : (int)Math.Round(2 * (x - A) / (B + Math.Sqrt(discriminant)));
    }

    public static double Centre(OcrSymbol symbol) => symbol.Bounds.Left + (symbol.Bounds.Width / 2.0);

    /// <summary>
    /// The best grid of <paramref name="length"/> columns for these symbols. The ink extent measured on the
    /// strip pins both ends (or the first symbol the start); the foreshortening between them is searched for
    /// the one most symbols sit on, then everything is refined by least squares. The median step between
    /// neighbouring symbols is another start, for when a speck stretched the extent.
    /// </summary>
    public static PitchGrid? Fit(IReadOnlyList<OcrSymbol> symbols, LineStrip strip, int length)
    {
        if (symbols.Count < 8)
        {
            return null;
        }
        var centres = symbols.Select(Centre).Order().ToArray();
        var extent = strip.TextEnd - strip.TextStart;
        var mean = extent / (length - 1 + GlyphShare);
        var last = strip.TextEnd - (GlyphShare / 2 * mean);
        // Column 0 where the ink starts, or on the first symbol: a mark just before the zone (a card's edge, a
        // speck) moves the ink's start, while the OCR rarely misses a line's first character.
        var candidates = new List<PitchGrid?>();
        foreach (var first in new[] { strip.TextStart + (GlyphShare / 2 * mean), centres[0] })
        {
            candidates.Add(Refine(BestForeshortening(centres, first, last, length, strip.TextEnd), centres, strip.TextEnd, first, last));
        }
        var steps = centres.Zip(centres.Skip(1), (a, b) => b - a).Where(d => d > 1).Order().ToArray();
        if (steps.Length >= 6)
        {
            var step = steps[steps.Length / 2];
            candidates.Add(Refine(Scored(new PitchGrid(strip.TextStart + (GlyphShare / 2 * step), step, 0, length, 0), centres, strip.TextEnd),
                centres, strip.TextEnd, null, null));
        }
        return candidates.OfType<PitchGrid>().MaxBy(g => g.Score);
    }

    /// <summary>The grid between two pinned column centres whose foreshortening most symbols sit on.</summary>
    private static PitchGrid BestForeshortening(double[] centres, double first, double last, int length, double textEnd)
    {
        PitchGrid? best = null;
        // Pitch at the far end over pitch at the near end, from 0.7 to 1.45.
        for (var ratio = 0.7; ratio <= 1.45; ratio += 0.01)
        {
            // CentreOf(0) = first, CentreOf(n-1) = last, PitchAt(n-1) = ratio × PitchAt(0).
            var span = length - 1;
            var c = (last - first) * (ratio - 1) / (span * span * (ratio + 1));
            var b = ((last - first) / span) - (c * span);
            var grid = Scored(new PitchGrid(first, b, c, length, 0), centres, textEnd);
            if (best is null || grid.Score > best.Score)
            {
                best = grid;
            }
        }
        return best!;
    }

    /// <summary>
    /// Half the share of symbols on the grid, half the share of neighbouring symbols one column apart, less a
    /// twentieth per column by which the last column misses the end of the ink, less a little when no symbol
    /// is in the first column. A grid of the wrong line length, bent by the perspective search, can hold most
    /// symbols, but it skips or doubles a column every few characters and does not end where the line does.
    /// </summary>
    private static PitchGrid Scored(PitchGrid grid, double[] centres, double textEnd)
    {
        var columns = centres.Select(grid.ColumnOf).ToArray();
        var onGrid = centres.Where((x, i) => columns[i] >= 0 && columns[i] < grid.Length
                                              && Math.Abs(x - grid.CentreOf(columns[i])) <= Tolerance * grid.PitchAt(columns[i])).Count();
        var steps = columns.Zip(columns.Skip(1), (a, b) => b - a).Count(d => d == 1);
        var lastColumn = grid.Length - 1;
        var overshoot = Math.Abs(grid.CentreOf(lastColumn) + (GlyphShare / 2 * grid.PitchAt(lastColumn)) - textEnd) / grid.PitchAt(lastColumn);
        var score = (0.5 * onGrid / centres.Length) + (0.5 * steps / Math.Max(1, centres.Length - 1));
        // Every line starts with a character, and the OCR rarely misses it: an empty first column is suspect.
        var firstRead = columns.Contains(0) ? 0 : 0.03;
        return grid with { Score = score - (0.05 * Math.Min(overshoot, 10)) - firstRead };
    }

    /// <summary>
    /// Least squares of A, B, C on the symbols that sit on the grid, with the ink extent's two ends as extra
    /// observations of columns 0 and n−1 (when known) so dropped filler at the end cannot bend the grid.
    /// </summary>
    private static PitchGrid? Refine(PitchGrid grid, double[] centres, double textEnd, double? first, double? last)
    {
        for (var iteration = 0; iteration < 3; iteration++)
        {
            var normal = new double[3, 3];
            var right = new double[3];
            var used = 0;
            void Observe(double k, double x, double weight)
            {
                double[] row = [1, k, k * k];
                for (var i = 0; i < 3; i++)
                {
                    right[i] += weight * row[i] * x;
                    for (var j = 0; j < 3; j++)
                    {
                        normal[i, j] += weight * row[i] * row[j];
                    }
                }
            }
            foreach (var x in centres)
            {
                var k = grid.ColumnOf(x);
                if (k >= 0 && k < grid.Length && Math.Abs(x - grid.CentreOf(k)) <= 0.3 * grid.PitchAt(k))
                {
                    Observe(k, x, 1);
                    used++;
                }
            }
            if (first is { } f && last is { } l)
            {
                Observe(0, f, 2);
                Observe(grid.Length - 1, l, 2);
            }
            else
            {
                // Without the ends, a straight grid: curvature from a few symbols is noise.
                normal[2, 2] += 1e9;
            }
            if (used < 6 || Solve(normal, right) is not { } solution || solution[1] <= 2)
            {
                return null;
            }
            grid = Scored(grid with { A = solution[0], B = solution[1], C = solution[2] }, centres, textEnd);
        }
        return grid;
    }

    /// <summary>Gaussian elimination with partial pivoting on a 3×3 system; null when singular.</summary>
    private static double[]? Solve(double[,] m, double[] v)
    {
        var a = (double[,])m.Clone();
        var b = (double[])v.Clone();
        for (var col = 0; col < 3; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < 3; row++)
            {
                if (Math.Abs(a[row, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = row;
                }
            }
            if (Math.Abs(a[pivot, col]) < 1e-9)
            {
                return null;
            }
            for (var j = 0; j < 3; j++)
            {
                (a[col, j], a[pivot, j]) = (a[pivot, j], a[col, j]);
            }
            (b[col], b[pivot]) = (b[pivot], b[col]);
            for (var row = col + 1; row < 3; row++)
            {
                var factor = a[row, col] / a[col, col];
                for (var j = col; j < 3; j++)
                {
                    a[row, j] -= factor * a[col, j];
                }
                b[row] -= factor * b[col];
            }
        }
        var x = new double[3];
        for (var row = 2; row >= 0; row--)
        {
            var sum = b[row];
            for (var j = row + 1; j < 3; j++)
            {
                sum -= a[row, j] * x[j];
            }
            x[row] = sum / a[row, row];
        }
        return x;
    }
}
