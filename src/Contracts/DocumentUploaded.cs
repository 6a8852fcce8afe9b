namespace Contracts;

/// <summary>A document was stored durably by Intake and waits for verification.</summary>
public record DocumentUploaded(
    Guid DocumentId,
    string DossierId,
    string DocumentType,
    long SizeBytes,
    string Sha256,
    DateTimeOffset UploadedAt);
