namespace Verification.Worker.Identity.Reading;

/// <summary>
/// Tells filler glyphs from letters by their look, calibrated on the line itself. The stock model reads
/// the chevron '&lt;' as K, E or X inside long runs, and a name field such as "MARIA&lt;&lt;&lt;KKKE&lt;&lt;&lt;"
/// cannot be repaired from structure alone. But every zone prints some fillers the OCR does read as '&lt;'
/// with confidence; their average cell is a template of this document's chevron (same font, blur, noise
/// and scale), and any other cell that matches it closely is a chevron too.
/// </summary>
internal static class FillerTemplate
{
    private const int CellWidth = 12;
    private const int CellHeight = 16;

    /// <summary>OCR confidence above which a '&lt;' reading is taken as a clean example of the chevron.</summary>
    private const float ExampleConfidence = 0.8f;

    /// <summary>
    /// For each column, the correlation (-1..1) of its cell with the chevron template; null when the line
    /// holds fewer than two confident chevrons to learn from.
    /// </summary>
    public static double[]? Similarity(LineStrip strip, PitchGrid grid, IReadOnlyList<(char Best, float Confidence)> columns)
    {
        var cells = new double[columns.Count][];
        var centres = new double[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            centres[i] = GlyphSnap.Centre(strip, grid.CentreOf(i), grid.PitchAt(i));
            cells[i] = Cell(strip, centres[i], grid.PitchAt(i));
        }
        var examples = Enumerable.Range(0, columns.Count)
            .Where(i => columns[i].Best == '<' && columns[i].Confidence >= ExampleConfidence)
            .ToList();
        if (examples.Count < 2)
        {
            return null;
        }
        var template = new double[CellWidth * CellHeight];
        foreach (var i in examples)
        {
            for (var k = 0; k < template.Length; k++)
            {
                template[k] += cells[i][k];
            }
        }
        Normalise(template);
        // The snapped centre may still be a pixel or two off: the best of three small shifts counts.
        return Enumerable.Range(0, columns.Count).Select(i =>
        {
            var pitch = grid.PitchAt(i);
            var shift = 0.12 * pitch;
            return Math.Max(Correlation(cells[i], template), Math.Max(
                Correlation(Cell(strip, centres[i] - shift, pitch), template),
                Correlation(Cell(strip, centres[i] + shift, pitch), template)));
        }).ToArray();
    }

    /// <summary>
    /// The glyph cell around a column centre (one pitch wide, a little taller than a glyph), averaged down to a
    /// fixed grid and normalised to zero mean and unit norm, so contrast and brightness do not count.
    /// </summary>
    private static double[] Cell(LineStrip strip, double centre, double pitch)
    {
        var image = strip.Image;
        var top = (image.Height / 2.0) - (0.6 * strip.GlyphPixels);
        var height = 1.2 * strip.GlyphPixels;
        var left = centre - (pitch / 2);
        var cell = new double[CellWidth * CellHeight];
        for (var j = 0; j < CellHeight; j++)
        {
            var y0 = Math.Clamp((int)(top + (j * height / CellHeight)), 0, image.Height - 1);
            var y1 = Math.Clamp((int)(top + ((j + 1) * height / CellHeight)), y0 + 1, image.Height);
            for (var i = 0; i < CellWidth; i++)
            {
                var x0 = Math.Clamp((int)(left + (i * pitch / CellWidth)), 0, image.Width - 1);
                var x1 = Math.Clamp((int)(left + ((i + 1) * pitch / CellWidth)), x0 + 1, image.Width);
                double sum = 0;
                for (var y = y0; y < y1; y++)
                {
                    for (var x = x0; x < x1; x++)
                    {
                        sum += image.Pixels[(y * image.Width) + x];
                    }
                }
                cell[(j * CellWidth) + i] = sum / ((y1 - y0) * (x1 - x0));
            }
        }
        Normalise(cell);
        return cell;
    }

    private static void Normalise(double[] values)
    {
        var mean = values.Average();
        var norm = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)));
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = norm < 1e-6 ? 0 : (values[k] - mean) / norm;
        }
    }

    private static double Correlation(double[] a, double[] b)
    {
        double sum = 0;
        for (var k = 0; k < a.Length; k++)
        {
            sum += a[k] * b[k];
        }
        return sum;
    }
}
