namespace Contracts;

/// <summary>A closed dossier was reopened by a new upload, <see cref="DocumentId"/>.</summary>
public record DossierReopened(
    string DossierId,
    Guid DocumentId,
    DateTimeOffset ReopenedAt);
