namespace Verification.Worker.Quality;

/// <summary>
/// The typical height of characters, from the ink blobs that are shaped like glyphs. Readability
/// depends on how many pixels a character has, not on how many the image has.
/// </summary>
internal static class CharacterSize
{
    public readonly record struct Result(double MedianHeight, int Glyphs);

    public static Result Measure(bool[] ink, int width, int height, PaperRegion region)
    {
        var heights = new List<int>();
        var widths = new List<int>();
        foreach (var blob in ConnectedComponents.Find(ink, width, height))
        {
            var insidePaper = blob.Left >= region.Left && blob.Right <= region.Right && blob.Top >= region.Top && blob.Bottom <= region.Bottom;
            var glyphLike = blob.Height is >= 2 and <= 80 && blob.Width <= 3 * blob.Height + 2 && blob.Area >= 3
                && blob.Area <= 0.9 * blob.Width * blob.Height + 2;
            if (insidePaper && glyphLike)
            {
                heights.Add(blob.Height);
                widths.Add(blob.Width);
            }
        }
        if (heights.Count == 0)
        {
            return new Result(0, 0);
        }
        heights.Sort();
        widths.Sort();
        var (medianHeight, medianWidth) = (heights[heights.Count / 2], widths[widths.Count / 2]);
        // Letters are taller than wide and merged words far wider than tall; a page turned a quarter
        // turn has letters wider than tall, so the larger median is the character size either way.
        var size = medianWidth > 1.5 * medianHeight ? medianHeight : Math.Max(medianHeight, medianWidth);
        return new Result(size, heights.Count);
    }
}
