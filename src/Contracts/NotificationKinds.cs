namespace Contracts;

/// <summary>
/// Why a student is written to (<see cref="StudentNotified.Kind"/>). Part of each notification's
/// idempotency key, so a value never changes once published.
/// </summary>
public static class NotificationKinds
{
    public const string Accepted = "document_accepted";
    public const string Rejected = "document_rejected";
    public const string UnderReview = "document_under_review";
    public const string Reminder1 = "reminder_1";
    public const string Reminder2 = "reminder_2";
    public const string DossierClosed = "dossier_closed";
    public const string Phase1Complete = "phase1_complete";
    public const string DossierComplete = "dossier_complete";

    public static IReadOnlyList<string> All { get; } =
        [Accepted, Rejected, UnderReview, Reminder1, Reminder2, DossierClosed, Phase1Complete, DossierComplete];
}
