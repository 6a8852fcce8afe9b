using Verification.Worker.Checks;

namespace Verification.Worker.Identity;

/// <summary>Reads a document's identity data (MRZ, visa visual zone) for the identity checks.</summary>
public interface IIdentityReader
{
    IdentityReading Read(DocumentUnderCheck document, CancellationToken cancellationToken);
}
