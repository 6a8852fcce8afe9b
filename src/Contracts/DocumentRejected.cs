namespace Contracts;

/// <summary>The document is not compliant; <see cref="ReasonCodes"/> say what the student must fix.</summary>
public record DocumentRejected(
    Guid DocumentId,
    string DossierId,
    string DocumentType,
    IReadOnlyList<string> ReasonCodes,
    string DecidedBy,
    DateTimeOffset DecidedAt);
