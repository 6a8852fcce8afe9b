using Contracts;
using Imaging.Pdf;
using Verification.Worker.Formats;

namespace Verification.Worker.Checks;

/// <summary>A file that says it is a PDF but that Poppler cannot parse is damaged (truncated upload, broken export).</summary>
public sealed class PdfIntegrityCheck : IDocumentCheck
{
    public string Name => CheckNames.PdfIntegrity;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        if (document.Format != FileFormat.Pdf)
        {
            return ValueTask.FromResult(Finding.NotApplicable(Name, "not a PDF"));
        }
        const string threshold = "parses with at least one page";
        var pdf = document.Pdf;
        return ValueTask.FromResult(pdf.Status switch
        {
            PdfOpenStatus.Unreadable => Finding.Reject(Name, ReasonCodes.CorruptFile, "unparseable", threshold, pdf.Error),
            PdfOpenStatus.Opened => Finding.Pass(Name, $"{pdf.PageCount} page(s)", threshold),
            _ => Finding.NotApplicable(Name, "needs a password; see pdf_password"),
        });
    }
}
