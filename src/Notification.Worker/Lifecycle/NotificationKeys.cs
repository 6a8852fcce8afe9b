namespace Notification.Worker.Lifecycle;

/// <summary>
/// Idempotency keys: the decision (a document has one) plus the kind. Milestones happen once per
/// dossier, so they are keyed on the dossier.
/// </summary>
public static class NotificationKeys
{
    public static string ForDocument(Guid documentId, string kind) => $"{documentId}:{kind}";

    public static string ForDossier(string dossierId, string kind) => $"{dossierId}:{kind}";
}
