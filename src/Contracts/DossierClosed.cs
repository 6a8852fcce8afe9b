namespace Contracts;

/// <summary>
/// The dossier was closed after two reminders brought no new upload of <see cref="DocumentType"/>.
/// A new upload reopens it (<see cref="DossierReopened"/>).
/// </summary>
/// <param name="DocumentId">The rejected document whose reminders ran out.</param>
public record DossierClosed(
    string DossierId,
    Guid DocumentId,
    string DocumentType,
    DateTimeOffset ClosedAt);
