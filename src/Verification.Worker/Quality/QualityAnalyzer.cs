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
        // On a photo the document's outline, not its text, shows whether it was cut by the frame.
        var margins = region.FillsFrame ? TextMargins.Measure(ink, image.Width, region) : PaperClearance(region, image);
        var characters = CharacterSize.Measure(ink, image.Width, image.Height, region);
        var sharpness = MeasureFocusAtTextScale(image, region, characters);
        var (touch, touchSide) = LargestTouch(region);
        var scale = (double)image.Width / Math.Max(1, originalWidth);
        return new QualityMeasurements(
            sharpness.Sharpness, sharpness.Horizontal, sharpness.Vertical, sharpness.Samples,
            !region.FillsFrame, touch, touchSide,
            margins.Minimum, margins.NarrowestSide,
            characters.MedianHeight / scale, characters.Glyphs,
            originalWidth, originalHeight);
    }

    /// <summary>
    /// Readability depends on blur relative to the size of the characters, so focus is measured on a
    /// copy scaled until characters are <see cref="FocusCharacterHeight"/> pixels high: a card photographed
    /// close up, with big characters, tolerates a wider blur than a full page does.
    /// </summary>
    private static EdgeSharpness.Result MeasureFocusAtTextScale(GrayImage image, PaperRegion region, CharacterSize.Result characters)
    {
        if (characters.Glyphs < 20 || characters.MedianHeight <= FocusCharacterHeight)
        {
            return EdgeSharpness.Measure(image, region);
        }
        var factor = FocusCharacterHeight / characters.MedianHeight;
        var scaled = GrayImageScaler.Resize(image, Math.Max(16, (int)(image.Width * factor)), Math.Max(16, (int)(image.Height * factor)));
        var fx = (double)scaled.Width / image.Width;
        var fy = (double)scaled.Height / image.Height;
        var scaledRegion = region with
        {
            Left = (int)(region.Left * fx),
            Top = (int)(region.Top * fy),
            Right = Math.Min(scaled.Width - 1, (int)(region.Right * fx)),
            Bottom = Math.Min(scaled.Height - 1, (int)(region.Bottom * fy)),
        };
        return EdgeSharpness.Measure(scaled, scaledRegion);
    }

    private const double FocusCharacterHeight = 12;

    private static TextMargins.Result PaperClearance(PaperRegion region, GrayImage image) => new(
        (double)region.Top / image.Height,
        (double)(image.Height - 1 - region.Bottom) / image.Height,
        (double)region.Left / image.Width,
        (double)(image.Width - 1 - region.Right) / image.Width);

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
