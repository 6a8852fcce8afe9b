using Imaging;
using Mrz;
using Ocr;

namespace Verification.Worker.Identity.Reading;

/// <summary>
/// Reads one MRZ column on its own. Tesseract's line recogniser collapses runs of identical glyphs and
/// sometimes swallows the glyph that ends a run into one wide, unsure symbol: the check digit after a long
/// filler run is the usual victim. Cut out alone, on its paper background, that glyph reads reliably.
/// </summary>
internal static class CellReader
{
    public static MrzCharCandidates? Read(OcrEngineLease lease, LineStrip strip, PitchGrid grid, int column, TimeSpan deadline,
        CancellationToken cancellationToken)
    {
        var image = strip.Image;
        var pitch = grid.PitchAt(column);
        var centre = GlyphSnap.Centre(strip, grid.CentreOf(column), pitch);
        var left = (int)Math.Floor(centre - (0.55 * pitch));
        var right = (int)Math.Ceiling(centre + (0.55 * pitch));
        left = Math.Clamp(left, 0, image.Width - 1);
        right = Math.Clamp(right, left + 1, image.Width);
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
        // Line segmentation finds no line in a single glyph; word segmentation does.
        var recognition = MrzLineRecognizer.Recognize(lease, new GrayImage(width, height, cell), deadline, cancellationToken,
            PageSegmentation.SingleWord);
        // One glyph in, one symbol out; anything else is not a reading of this cell.
        return recognition.Symbols.Count == 1 ? ColumnAligner.Candidates([recognition.Symbols[0]]) : null;
    }

    /// <summary>The paper's gray around the cell (its 90th percentile), so the padding adds no edge around the glyph.</summary>
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
