using Contracts;
using Imaging.Pdf;
using Verification.Worker.Formats;

namespace Verification.Worker.Checks;

/// <summary>Refuses a PDF with more pages than any legitimate document of its type, before rendering any.</summary>
public sealed class PageCountCheck : IDocumentCheck
{
    public string Name => CheckNames.PageCount;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        if (document.Format != FileFormat.Pdf || document.Pdf.Status != PdfOpenStatus.Opened)
        {
            return ValueTask.FromResult(Finding.NotApplicable(Name, "not an opened PDF"));
        }
        var limit = PageLimits.For(document.DocumentType);
        var pages = document.Pdf.PageCount;
        return ValueTask.FromResult(pages > limit
            ? Finding.Reject(Name, ReasonCodes.TooManyPages, $"{pages} pages", $"<= {limit} pages for {document.DocumentType}")
            : Finding.Pass(Name, $"{pages} pages", $"<= {limit} pages for {document.DocumentType}"));
    }
}
