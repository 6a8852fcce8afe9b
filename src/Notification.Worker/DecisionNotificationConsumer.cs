using Contracts;
using MassTransit;
using Notification.Worker.Data;
using Notification.Worker.Email;

namespace Notification.Worker;

/// <summary>One e-mail per decision, whoever made it (the machine or an agent), however often the event arrives.</summary>
public sealed partial class DecisionNotificationConsumer(
    RecipientDirectory recipients,
    NotificationLog log,
    IEmailSender sender,
    ILogger<DecisionNotificationConsumer> logger)
    : IConsumer<DocumentAccepted>, IConsumer<DocumentRejected>, IConsumer<ManualReviewRequested>
{
    public Task Consume(ConsumeContext<DocumentAccepted> context) =>
        NotifyAsync(NotificationKind.Accepted, context.Message.DocumentId, context.Message.DossierId, context.Message.DocumentType, [],
            context.CancellationToken);

    public Task Consume(ConsumeContext<DocumentRejected> context) =>
        NotifyAsync(NotificationKind.Rejected, context.Message.DocumentId, context.Message.DossierId, context.Message.DocumentType,
            context.Message.ReasonCodes, context.CancellationToken);

    public Task Consume(ConsumeContext<ManualReviewRequested> context) =>
        NotifyAsync(NotificationKind.UnderReview, context.Message.DocumentId, context.Message.DossierId, context.Message.DocumentType,
            context.Message.ReasonCodes, context.CancellationToken);

    private async Task NotifyAsync(string kind, Guid documentId, string dossierId, string documentType, IReadOnlyList<string> reasonCodes,
        CancellationToken cancellationToken)
    {
        var recipient = await recipients.FindAsync(dossierId, cancellationToken);
        if (recipient is null)
        {
            LogNoDossier(logger, dossierId, documentId);
            return;
        }
        var key = $"{documentId}:{kind}";
        var (subject, body) = DecisionEmailComposer.Compose(kind, documentType, reasonCodes, recipient.Language);
        var claim = await log.ClaimAsync(key, documentId, dossierId, kind, recipient.Email, subject, cancellationToken);
        if (claim != SendClaim.Claimed)
        {
            LogSkipped(logger, key, claim);
            return;
        }
        try
        {
            await sender.SendAsync(new EmailMessage(recipient.Email, subject, body, key), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await log.MarkFailedAsync(key, CancellationToken.None);
            LogSendFailed(logger, exception, key);
            throw; // the consumer's retry and redelivery try again later; nothing is lost
        }
        await log.MarkSentAsync(key, CancellationToken.None);
        LogSent(logger, key);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent notification {NotificationKey}")]
    private static partial void LogSent(ILogger logger, string notificationKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {NotificationKey} not sent again: {Claim}")]
    private static partial void LogSkipped(ILogger logger, string notificationKey, SendClaim claim);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationKey} could not be sent")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string notificationKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dossier {DossierId} of document {DocumentId} not found; no e-mail")]
    private static partial void LogNoDossier(ILogger logger, string dossierId, Guid documentId);
}
