using Microsoft.Extensions.Options;
using Notification.Worker.Data;
using Notification.Worker.Email;
using Notification.Worker.Rendering;
using Npgsql;

namespace Notification.Worker.Lifecycle;

/// <summary>Renders a notification and records it, with its portal event, in the caller's transaction.</summary>
public sealed class NotificationWriter(NotificationComposer composer, IOptions<SmtpOptions> smtp)
{
    /// <returns>False when this key was written before (a redelivery).</returns>
    public Task<bool> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, Guid documentId,
        NotificationRequest request, CancellationToken cancellationToken)
    {
        var rendered = composer.Compose(request);
        var notification = new QueuedNotification(key, documentId, request.DocumentType, request.Kind, request.ReasonCodes,
            request.Student, rendered, MessageIds.For(key, smtp.Value.From), request.Now);
        return NotificationQueue.EnqueueAsync(connection, transaction, notification, cancellationToken);
    }
}
