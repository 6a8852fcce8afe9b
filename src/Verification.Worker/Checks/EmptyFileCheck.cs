using Contracts;

namespace Verification.Worker.Checks;

/// <summary>A zero-byte upload: usually a failed transfer on the student's side.</summary>
public sealed class EmptyFileCheck : IDocumentCheck
{
    public string Name => CheckNames.EmptyFile;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken) =>
        ValueTask.FromResult(document.Content.Length == 0
            ? Finding.Reject(Name, ReasonCodes.EmptyFile, "0 bytes", "> 0 bytes")
            : Finding.Pass(Name, $"{document.Content.Length} bytes", "> 0 bytes"));
}
