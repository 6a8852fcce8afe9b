namespace Notification.Worker.Email;

/// <summary>
/// A composed e-mail. <see cref="IdempotencyKey"/> travels as a header and <see cref="MessageId"/> is
/// derived from it, so any duplicate is traceable and recognisable downstream.
/// </summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody, string IdempotencyKey, string MessageId);
