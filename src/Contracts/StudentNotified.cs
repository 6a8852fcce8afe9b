namespace Contracts;

/// <summary>
/// A student was written to. Carries both languages in full so the portal can show it in
/// "Mes notifications" exactly as e-mailed, without templates of its own. Published once per
/// <see cref="NotificationId"/>, when the notification is recorded, whether or not SMTP is up.
/// </summary>
/// <param name="NotificationId">The idempotency key, e.g. <c>{documentId}:document_rejected</c>.</param>
/// <param name="Kind">One of <see cref="NotificationKinds"/>.</param>
/// <param name="DocumentId">The document it is about, or that triggered it for a dossier-wide kind.</param>
/// <param name="Language">The student's language, the one shown first.</param>
public record StudentNotified(
    string NotificationId,
    string DossierId,
    Guid DocumentId,
    string DocumentType,
    string Kind,
    IReadOnlyList<string> ReasonCodes,
    string Language,
    string SubjectFr,
    string TextFr,
    string SubjectEn,
    string TextEn,
    DateTimeOffset NotifiedAt);
