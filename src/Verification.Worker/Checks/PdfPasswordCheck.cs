using Contracts;
using Imaging.Pdf;
using Verification.Worker.Formats;

namespace Verification.Worker.Checks;

/// <summary>
/// A PDF that needs a password to open cannot be checked or read by an agent. A PDF with only an
/// owner password (printing or copying restricted) opens fine, so it passes, with a note.
/// </summary>
public sealed class PdfPasswordCheck : IDocumentCheck
{
    public string Name => CheckNames.PdfPassword;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        if (document.Format != FileFormat.Pdf)
        {
            return ValueTask.FromResult(Finding.NotApplicable(Name, "not a PDF"));
        }
        const string threshold = "opens without a password";
        var pdf = document.Pdf;
        return ValueTask.FromResult(pdf.Status switch
        {
            PdfOpenStatus.NeedsPassword => Finding.Reject(Name, ReasonCodes.PasswordProtectedPdf, "user password required", threshold, pdf.Error),
            PdfOpenStatus.Opened when pdf.IsOwnerRestricted => Finding.Pass(Name, "opens; owner password restricts permissions", threshold,
                "owner password only: the document opens, printing or copying is restricted"),
            PdfOpenStatus.Opened => Finding.Pass(Name, "opens", threshold),
            _ => Finding.NotApplicable(Name, "unreadable; see pdf_integrity"),
        });
    }
}
