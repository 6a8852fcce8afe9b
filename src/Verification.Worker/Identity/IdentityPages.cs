using Imaging;
using Imaging.Pdf;
using Verification.Worker.Checks;
using Verification.Worker.Formats;

namespace Verification.Worker.Identity;

/// <summary>A page at a resolution good for OCR, with its PDF text layer (empty for images and scans).</summary>
public sealed record IdentityPage(int Number, GrayImage Image, string Text);

/// <summary>
/// The pages of an upload at OCR resolution, one at a time, so a card's verso is rendered only when its
/// recto held no zone. The quality checks' rasters (about 1000 px) are too coarse for MRZ characters.
/// </summary>
internal static class IdentityPages
{
    public static IEnumerable<IdentityPage> Of(DocumentUnderCheck document, IdentityOptions options) => document.Format switch
    {
        FileFormat.Jpeg or FileFormat.Png => FromImage(document, options),
        FileFormat.Pdf when document.Pdf.Status == PdfOpenStatus.Opened => FromPdf(document.Pdf, document.DocumentType, options),
        _ => [],
    };

    private static IEnumerable<IdentityPage> FromImage(DocumentUnderCheck document, IdentityOptions options)
    {
        var decoded = document.DecodedImage;
        if (decoded is not { Status: DecodeStatus.Decoded, Image: { } image })
        {
            yield break;
        }
        // The quality gate decoded a JPEG shrunk by DCT scaling; decode again, less shrunk, when that lost detail.
        if (decoded.Scale < 1 && image.LongSide < options.OcrMinLongSide)
        {
            var sharper = ImageDecoder.Decode(document.Content, document.DecodeOptions with { MinWorkingLongSide = options.OcrMinLongSide });
            if (sharper is { Status: DecodeStatus.Decoded, Image: { } better })
            {
                image = better;
            }
        }
        yield return new IdentityPage(1, GrayImageScaler.ScaleToLongSide(image, options.OcrMaxLongSide), "");
    }

    private static IEnumerable<IdentityPage> FromPdf(PdfOpenResult pdf, string documentType, IdentityOptions options)
    {
        var count = Math.Min(pdf.PageCount, PageLimits.For(documentType));
        var maxPixels = (long)options.PdfRenderLongSide * options.PdfRenderLongSide;
        for (var index = 0; index < count; index++)
        {
            var size = pdf.GetPageSize(index);
            var dpi = size.IsUsable ? Math.Min(300, options.PdfRenderLongSide / Math.Max(size.WidthInches, size.HeightInches)) : 72;
            yield return new IdentityPage(index + 1, pdf.RenderPage(index, dpi, maxPixels), pdf.GetPageText(index));
        }
    }
}
