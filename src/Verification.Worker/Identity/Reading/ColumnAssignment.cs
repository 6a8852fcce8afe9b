using Ocr;

namespace Verification.Worker.Identity.Reading;

/// <summary>
/// Assigns the symbols of a line to the grid's columns in reading order. Rounding each symbol to its
/// nearest column breaks down where the grid is half a pitch off (strong perspective): two neighbours land
/// in one column and the next stays empty. An order-preserving alignment (dynamic programming, like an edit
/// distance between the symbol sequence and the column sequence) keeps a clean reading intact: each column
/// takes at most one symbol, a column may stay empty (a glyph the OCR skipped), a symbol may be left over
/// (a second reading of one glyph) and is then merged into the column it sits on.
/// </summary>
internal static class ColumnAssignment
{
    /// <summary>Cost of a column without a symbol: skipped filler is common, so cheap.</summary>
    private const double EmptyColumn = 0.2;

    /// <summary>Cost of a symbol without a column of its own: an extra K in a filler run.</summary>
    private const double ExtraSymbol = 0.3;

    /// <summary>The largest distance cost, so one far symbol cannot outweigh the rest of the line.</summary>
    private const double MaximumDistance = 4;

    /// <param name="Columns">For each column, the symbols read on its glyph (the assigned one first).</param>
    /// <param name="Strays">Symbols beyond the line's ends, with the column they are nearest to.</param>
    public sealed record Outcome(List<OcrSymbol>[] Columns, IReadOnlyList<(OcrSymbol Symbol, int Column)> Strays);

    public static Outcome Assign(IReadOnlyList<OcrSymbol> symbols, PitchGrid grid)
    {
        var ordered = symbols.OrderBy(PitchGrid.Centre).ToArray();
        var (m, n) = (ordered.Length, grid.Length);
        var cost = new double[m + 1, n + 1];
        var move = new byte[m + 1, n + 1];
        for (var i = 0; i <= m; i++)
        {
            for (var k = 0; k <= n; k++)
            {
                if (i == 0 && k == 0)
                {
                    continue;
                }
                var best = double.MaxValue;
                byte step = 0;
                if (i > 0 && k > 0 && cost[i - 1, k - 1] + Distance(ordered[i - 1], grid, k - 1) is var take && take < best)
                {
                    (best, step) = (take, 1);
                }
                if (k > 0 && cost[i, k - 1] + EmptyColumn is var skip && skip < best)
                {
                    (best, step) = (skip, 2);
                }
                if (i > 0 && cost[i - 1, k] + ExtraSymbol is var drop && drop < best)
                {
                    (best, step) = (drop, 3);
                }
                cost[i, k] = best;
                move[i, k] = step;
            }
        }

        var columns = Enumerable.Range(0, n).Select(_ => new List<OcrSymbol>()).ToArray();
        var leftOver = new List<OcrSymbol>();
        for (int i = m, k = n; i > 0 || k > 0;)
        {
            switch (move[i, k])
            {
                case 1:
                    columns[k - 1].Insert(0, ordered[i - 1]);
                    i--;
                    k--;
                    break;
                case 2:
                    k--;
                    break;
                default:
                    leftOver.Add(ordered[i - 1]);
                    i--;
                    break;
            }
        }
        var strays = new List<(OcrSymbol, int)>();
        foreach (var symbol in leftOver)
        {
            var column = grid.ColumnOf(PitchGrid.Centre(symbol));
            if (column >= 0 && column < n)
            {
                columns[column].Add(symbol);
            }
            else
            {
                strays.Add((symbol, Math.Clamp(column, 0, n - 1)));
            }
        }
        return new Outcome(columns, strays);
    }

    private static double Distance(OcrSymbol symbol, PitchGrid grid, int column)
    {
        var offset = (PitchGrid.Centre(symbol) - grid.CentreOf(column)) / grid.PitchAt(column);
        return Math.Min(MaximumDistance, offset * offset);
    }
}
