using Imaging;
using Imaging.Pdf;
using Verification.Worker.Checks;
using Verification.Worker.Formats;

namespace Verification.Worker.Quality;

/// <summary>Turns an upload into analysed pages: the decoded image, or each PDF page rendered at working resolution.</summary>
internal static class PageAnalysis
{
    public static IReadOnlyList<AnalyzedPage> Analyze(DocumentUnderCheck document, QualityOptions options) => document.Format switch
    {
        FileFormat.Jpeg or FileFormat.Png => FromImage(document.DecodedImage, options),
        FileFormat.Pdf when document.Pdf.Status == PdfOpenStatus.Opened => FromPdf(document.Pdf, document.DocumentType, options),
        _ => [],
    };

    private static IReadOnlyList<AnalyzedPage> FromImage(DecodeResult decoded, QualityOptions options)
    {
        if (decoded is not { Status: DecodeStatus.Decoded, Image: { } image })
        {
            return [];
        }
        var working = GrayImageScaler.ScaleToLongSide(image, options.WorkingLongSide);
        var quality = QualityAnalyzer.Measure(working, decoded.OriginalWidth, decoded.OriginalHeight);
        return [new AnalyzedPage(1, PageKind.Image, working, "", quality)];
    }

    private static IReadOnlyList<AnalyzedPage> FromPdf(PdfOpenResult pdf, string documentType, QualityOptions options)
    {
        // Never more pages than the type allows: the page-count check refuses the rest anyway.
        var count = Math.Min(pdf.PageCount, PageLimits.For(documentType));
        var pages = new List<AnalyzedPage>(count);
        var maxPixels = 2L * options.WorkingLongSide * options.WorkingLongSide;
        for (var index = 0; index < count; index++)
        {
            var size = pdf.GetPageSize(index);
            var dpi = size.IsUsable ? options.WorkingLongSide / Math.Max(size.WidthInches, size.HeightInches) : 72;
            var raster = pdf.RenderPage(index, dpi, maxPixels);
            var scanned = pdf.HasImages(index);
            var quality = scanned ? QualityAnalyzer.Measure(raster, raster.Width, raster.Height) : null;
            pages.Add(new AnalyzedPage(index + 1, scanned ? PageKind.ScannedPdfPage : PageKind.BornDigitalPdfPage,
                raster, pdf.GetPageText(index), quality));
        }
        return pages;
    }
}
