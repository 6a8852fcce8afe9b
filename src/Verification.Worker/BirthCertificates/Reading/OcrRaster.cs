using Imaging;
using Verification.Worker.Checks;
using Verification.Worker.Quality;

namespace Verification.Worker.BirthCertificates.Reading;

/// <summary>
/// A page at reading resolution. The quality gate's working raster (about 1024 px) is far too
/// coarse for body text, so a PDF page is rendered again and an image decoded again, both capped
/// in pixels so a huge page or photo costs no more than an A4 page at the target resolution.
/// </summary>
internal static class OcrRaster
{
    /// <summary>A4's long side, in inches: an uploaded photo is assumed to show about one A4 page.</summary>
    private const double A4LongSideInches = 11.69;

    public static (GrayImage Image, int Dpi)? For(DocumentUnderCheck document, AnalyzedPage page, BirthCertificateOptions options)
    {
        if (page.Kind != PageKind.Image)
        {
            var raster = document.Pdf.RenderPage(page.Number - 1, options.OcrDpi, options.OcrMaxPixels, out var dpi);
            return (raster, (int)Math.Round(dpi));
        }
        var targetLongSide = (int)(A4LongSideInches * options.OcrDpi);
        var decoded = ImageDecoder.Decode(document.Content, document.DecodeOptions with { MinWorkingLongSide = targetLongSide });
        if (decoded is not { Status: DecodeStatus.Decoded, Image: { } image })
        {
            return null;
        }
        var pixels = (long)image.Width * image.Height;
        var longSide = image.LongSide;
        if (longSide > targetLongSide * 1.25 || pixels > options.OcrMaxPixels)
        {
            var byPixels = (int)(longSide * Math.Sqrt((double)options.OcrMaxPixels / pixels));
            image = GrayImageScaler.ScaleToLongSide(image, Math.Min(targetLongSide, byPixels));
        }
        // Tesseract sizes its filters from the resolution; for a photo it is the page's, not the camera's.
        return (image, Math.Clamp((int)Math.Round(image.LongSide / A4LongSideInches), 70, 2400));
    }
}
