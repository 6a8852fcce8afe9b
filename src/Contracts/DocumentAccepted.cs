namespace Contracts;

/// <summary>The document is compliant, decided by the machine or by an agent.</summary>
public record DocumentAccepted(
    Guid DocumentId,
    string DossierId,
    string DocumentType,
    string DecidedBy,
    DateTimeOffset DecidedAt);
