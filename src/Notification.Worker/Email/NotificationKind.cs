namespace Notification.Worker.Email;

/// <summary>Why a student is written to. Part of the idempotency key: one e-mail per decision and kind.</summary>
public static class NotificationKind
{
    public const string Accepted = "document_accepted";
    public const string Rejected = "document_rejected";
    public const string UnderReview = "document_under_review";
}
