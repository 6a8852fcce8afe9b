namespace Contracts;

/// <summary>
/// A document still being processed was replaced by a newer upload of the same type. It gets no
/// decision and no notification; <see cref="SupersededBy"/> is the one that counts.
/// </summary>
public record DocumentSuperseded(
    Guid DocumentId,
    string DossierId,
    string DocumentType,
    Guid SupersededBy,
    DateTimeOffset SupersededAt);
