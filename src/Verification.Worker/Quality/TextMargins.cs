namespace Verification.Worker.Quality;

/// <summary>
/// How far the content stays from each border of the region, as a fraction of the region's size.
/// Text that was cut by the scanner or the camera frame touches the border: its margin is zero.
/// </summary>
internal static class TextMargins
{
    public readonly record struct Result(double Top, double Bottom, double Left, double Right)
    {
        public double Minimum => Math.Min(Math.Min(Top, Bottom), Math.Min(Left, Right));

        public string NarrowestSide =>
            Minimum == Top ? "top" : Minimum == Bottom ? "bottom" : Minimum == Left ? "left" : "right";
    }

    public static Result Measure(bool[] ink, int width, PaperRegion region)
    {
        var (left, top, right, bottom) = (region.Left, region.Top, region.Right, region.Bottom);
        // Inside a photographed page, skip the few pixels where the paper's own outline reads as ink.
        var inset = region.FillsFrame ? 0 : 4;
        left += inset; top += inset; right -= inset; bottom -= inset;
        var regionWidth = right - left + 1;
        var regionHeight = bottom - top + 1;
        if (regionWidth < 16 || regionHeight < 16)
        {
            return new Result(0, 0, 0, 0);
        }
        int RowInk(int y) => Count(ink, y * width + left, 1, regionWidth);
        int ColumnInk(int x) => Count(ink, top * width + x, width, regionHeight);

        double Margin(Func<int, int> inkAt, int from, int to, int direction, int lineLength)
        {
            // A line is content when it holds more than a speck of ink but is not one long rule
            // (a scanner lid shadow or the page's own edge), which would be over most of the line.
            var minimum = Math.Max(3, lineLength / 300);
            var distance = 0;
            for (var i = from; i != to; i += direction, distance++)
            {
                var count = inkAt(i);
                if (count >= minimum && count < lineLength * 0.7)
                {
                    break;
                }
            }
            return (double)distance / Math.Abs(to - from);
        }

        return new Result(
            Margin(RowInk, top, bottom + 1, 1, regionWidth),
            Margin(RowInk, bottom, top - 1, -1, regionWidth),
            Margin(ColumnInk, left, right + 1, 1, regionHeight),
            Margin(ColumnInk, right, left - 1, -1, regionHeight));
    }

    private static int Count(bool[] mask, int start, int step, int length)
    {
        var count = 0;
        for (int i = 0, index = start; i < length; i++, index += step)
        {
            if (mask[index])
            {
                count++;
            }
        }
        return count;
    }
}
