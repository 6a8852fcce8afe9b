using Imaging;
using Mrz;
using Ocr;

namespace Verification.Worker.Identity.Reading;

/// <summary>
/// Reads one MRZ column again, apart from the rest of its line. Tesseract's line recogniser collapses runs
/// of identical glyphs and sometimes swallows the glyph that ends a run into one wide, unsure symbol: the
/// check digit after a long filler run is the usual victim. Cut out with one neighbour on each side (a lone
/// glyph gives the recogniser too little context: a slanted '1' alone reads as nothing or '4'), on its
/// paper background, that glyph reads reliably (failing that, at a smaller scale); the symbol nearest the
/// column's centre is its reading.
/// </summary>
internal static class CellReader
{
    public static MrzCharCandidates? Read(OcrEngineLease lease, LineStrip strip, PitchGrid grid, int column, TimeSpan deadline,
        CancellationToken cancellationToken)
    {
        var image = strip.Image;
        var pitch = grid.PitchAt(column);
        var centre = GlyphSnap.Centre(strip, grid.CentreOf(column), pitch);
        // One neighbour each side; two on the inner side at either end of the line.
        var before = column == grid.Length - 1 ? 2 : 1;
        var after = column == 0 ? 2 : 1;
        var left = Math.Clamp((int)Math.Floor(centre - ((before + 0.55) * pitch)), 0, image.Width - 1);
        var right = Math.Clamp((int)Math.Ceiling(centre + ((after + 0.55) * pitch)), left + 1, image.Width);
        var margin = (int)Math.Round(strip.GlyphPixels / 2);
        var paper = Paper(image, left, right);
        var width = right - left + (2 * margin);
        var height = image.Height + (2 * margin);
        var cell = new byte[width * height];
        Array.Fill(cell, paper);
        for (var y = 0; y < image.Height; y++)
        {
            Array.Copy(image.Pixels, (y * image.Width) + left, cell, ((y + margin) * width) + margin, right - left);
        }
        var crop = new GrayImage(width, height, cell);
        var target = centre - left + margin;
        // At the strip's scale first; a thin glyph the recogniser passes over there often reads once smaller.
        foreach (var scale in new[] { 1.0, 0.7 })
        {
            var scaled = scale == 1.0 ? crop
                : GrayImageScaler.Resize(crop, Math.Max(1, (int)(width * scale)), Math.Max(1, (int)(height * scale)));
            var recognition = MrzLineRecognizer.Recognize(lease, scaled, deadline, cancellationToken);
            var nearest = recognition.Symbols.MinBy(s => Math.Abs((PitchGrid.Centre(s) / scale) - target));
            if (nearest is not null && Math.Abs((PitchGrid.Centre(nearest) / scale) - target) < 0.4 * pitch)
            {
                return ColumnAligner.Candidates([nearest]);
            }
        }
        return null;
    }

    /// <summary>The paper's gray around the cells (their 90th percentile), so the padding adds no edge.</summary>
    private static byte Paper(GrayImage image, int left, int right)
    {
        var histogram = new int[256];
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = left; x < right; x++)
            {
                histogram[image.Pixels[(y * image.Width) + x]]++;
            }
        }
        var target = image.Height * (right - left) * 0.9;
        var seen = 0;
        for (var v = 0; v < 256; v++)
        {
            seen += histogram[v];
            if (seen >= target)
            {
                return (byte)v;
            }
        }
        return 255;
    }
}
