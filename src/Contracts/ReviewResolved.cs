namespace Contracts;

/// <summary>
/// A CPAM agent resolved a review item. For a <c>manual</c> item it is followed by
/// <see cref="DocumentAccepted"/> or <see cref="DocumentRejected"/>, which is what the student is told;
/// for a <c>sample</c> item (an automatic accept drawn for checking) the document keeps its decision
/// and this event only measures whether the agent agreed with the machine.
/// </summary>
public record ReviewResolved(
    Guid ReviewItemId,
    Guid DocumentId,
    string DossierId,
    string DocumentType,
    string Kind,
    string Decision,
    IReadOnlyList<string> ReasonCodes,
    string ResolvedBy,
    DateTimeOffset ResolvedAt);
