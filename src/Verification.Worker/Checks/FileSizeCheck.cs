using Contracts;

namespace Verification.Worker.Checks;

/// <summary>The 4 MB rule stated to students (4 MiB, 4,194,304 bytes, is what the portal has always enforced).</summary>
public sealed class FileSizeCheck : IDocumentCheck
{
    public const long MaxBytes = 4L * 1024 * 1024;

    public string Name => CheckNames.FileSize;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        var size = document.Content.LongLength;
        var value = $"{size} bytes";
        const string threshold = "<= 4194304 bytes";
        return ValueTask.FromResult(size > MaxBytes
            ? Finding.Reject(Name, ReasonCodes.FileTooLarge, value, threshold)
            : Finding.Pass(Name, value, threshold));
    }
}
