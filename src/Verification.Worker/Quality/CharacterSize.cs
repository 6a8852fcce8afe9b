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
        foreach (var blob in ConnectedComponents.Find(ink, width, height))
        {
            var insidePaper = blob.Left >= region.Left && blob.Right <= region.Right && blob.Top >= region.Top && blob.Bottom <= region.Bottom;
            var glyphLike = blob.Height is >= 2 and <= 80 && blob.Width <= 3 * blob.Height + 2 && blob.Area >= 3
                && blob.Area <= 0.9 * blob.Width * blob.Height + 2;
            if (insidePaper && glyphLike)
            {
                heights.Add(blob.Height);
            }
        }
        if (heights.Count == 0)
        {
            return new Result(0, 0);
        }
        heights.Sort();
        return new Result(heights[heights.Count / 2], heights.Count);
    }
}
