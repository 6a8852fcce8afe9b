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
            : Finding.Pass(Name, format.ToString().ToUpperInvariant(), threshold, NameMismatch(document.FileName, format)));
    }

    /// <summary>Worth telling the agent (a renamed file), never a reason to refuse: the content is what counts.</summary>
    private static string? NameMismatch(string fileName, FileFormat format)
    {
        var extension = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
        var expected = format switch
        {
            FileFormat.Jpeg => new[] { "jpg", "jpeg", "jpe", "jfif" },
            FileFormat.Png => ["png"],
            _ => ["pdf"],
        };
        return extension.Length == 0 || expected.Contains(extension)
            ? null
            : $"named .{extension} but the content is {format.ToString().ToUpperInvariant()}; checked as {format.ToString().ToUpperInvariant()}";
    }
}
