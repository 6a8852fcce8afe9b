namespace Notification.Worker.Rendering;

/// <summary>Who the student is, read from the dossier when the notification is written.</summary>
public sealed record Student(string DossierId, string Email, string Language, string FirstNames, string LastName, DateTimeOffset? ClosedAt);

/// <summary>What to tell a student: the kind, the document it is about and, for refusals, why.</summary>
/// <param name="Deadline">When the dossier closes without a new upload (reminders).</param>
public sealed record NotificationRequest(
    string Kind,
    Student Student,
    string DocumentType,
    IReadOnlyList<string> ReasonCodes,
    DateTimeOffset Now,
    DateTimeOffset? Deadline = null);

/// <summary>One language of a notification, as the portal shows it.</summary>
public sealed record LanguageVersion(string Subject, string Text);

/// <summary>The e-mail (both languages, the student's first) and each language on its own for the portal.</summary>
public sealed record RenderedNotification(
    string Subject,
    string TextBody,
    string HtmlBody,
    LanguageVersion French,
    LanguageVersion English);
