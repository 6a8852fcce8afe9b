namespace Contracts;

/// <summary>The machine is not sure; a CPAM agent decides. <see cref="ReasonCodes"/> say what made it unsure.</summary>
public record ManualReviewRequested(
    Guid DocumentId,
    string DossierId,
    string DocumentType,
    IReadOnlyList<string> ReasonCodes,
    DateTimeOffset RequestedAt);
