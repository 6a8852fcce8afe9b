namespace Notification.Worker.Email;

/// <summary>A composed e-mail; <see cref="IdempotencyKey"/> travels as a header so any duplicate is traceable.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string IdempotencyKey);
