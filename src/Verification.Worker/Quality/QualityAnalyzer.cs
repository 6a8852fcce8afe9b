using Imaging;

namespace Verification.Worker.Quality;

/// <summary>Measures focus, framing and character size on one gray working image.</summary>
public static class QualityAnalyzer
{
    /// <param name="image">The image at working resolution (see <see cref="QualityOptions.WorkingLongSide"/>).</param>
    /// <param name="originalWidth">Width of the full-resolution image, to report character sizes in its pixels.</param>
    /// <param name="originalHeight">Height of the full-resolution image.</param>
    /// <param name="lookForBackground">False for rendered PDF pages, which have no camera background.</param>
    public static QualityMeasurements Measure(GrayImage image, int originalWidth, int originalHeight, bool lookForBackground = true)
    {
        var region = lookForBackground ? PaperRegion.Find(image) : PaperRegion.WholeFrame(image);
        var ink = InkMask.Compute(image);
        var sharpness = EdgeSharpness.Measure(image, region);
        var margins = TextMargins.Measure(ink, image.Width, region);
        var characters = CharacterSize.Measure(ink, image.Width, image.Height, region);
        var (touch, touchSide) = LargestTouch(region);
        var scale = (double)image.Width / Math.Max(1, originalWidth);
        return new QualityMeasurements(
            sharpness.Sharpness, sharpness.Horizontal, sharpness.Vertical, sharpness.Samples,
            !region.FillsFrame, touch, touchSide,
            margins.Minimum, margins.NarrowestSide,
            characters.MedianHeight / scale, characters.Glyphs,
            originalWidth, originalHeight);
    }

    private static (double Touch, string Side) LargestTouch(PaperRegion region)
    {
        if (region.FillsFrame)
        {
            return (0, "none");
        }
        (double, string)[] sides =
        [
            (region.TouchTop, "top"), (region.TouchBottom, "bottom"), (region.TouchLeft, "left"), (region.TouchRight, "right"),
        ];
        return sides.MaxBy(s => s.Item1);
    }
}
