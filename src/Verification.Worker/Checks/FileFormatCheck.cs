using Contracts;
using Verification.Worker.Formats;

namespace Verification.Worker.Checks;

/// <summary>Only real PDF, JPEG and PNG files pass, judged by their first bytes whatever their name says.</summary>
public sealed class FileFormatCheck : IDocumentCheck
{
    public string Name => CheckNames.FileFormat;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        const string threshold = "PDF, JPEG or PNG signature";
        var format = document.Format;
        return ValueTask.FromResult(format == FileFormat.Unknown
            ? Finding.Reject(Name, ReasonCodes.UnsupportedFormat, FileSignature.Describe(document.Content), threshold,
                $"'{document.FileName}' starts with no PDF, JPEG or PNG signature")
            : Finding.Pass(Name, format.ToString().ToUpperInvariant(), threshold));
    }
}
