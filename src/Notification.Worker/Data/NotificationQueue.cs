using Contracts;
using Dapper;
using Notification.Worker.Rendering;
using Npgsql;
using ServiceDefaults.Persistence;

namespace Notification.Worker.Data;

/// <summary>A notification ready to be recorded: who, about what, and the rendered texts.</summary>
public sealed record QueuedNotification(
    string Key,
    Guid DocumentId,
    string DocumentType,
    string Kind,
    IReadOnlyList<string> ReasonCodes,
    Student Student,
    RenderedNotification Rendered,
    string MessageId,
    DateTimeOffset Now);

/// <summary>
/// Records a notification as 'pending' in the caller's transaction, together with its
/// <see cref="StudentNotified"/> event. The idempotency key is the primary key, so a redelivered
/// event, or a reminder run twice, records nothing and publishes nothing the second time.
/// </summary>
public static class NotificationQueue
{
    /// <summary>The channel <see cref="Delivery.EmailDispatcher"/> listens on, so it sends without waiting for its poll.</summary>
    public const string Channel = "notifications";

    /// <returns>False when the key was recorded before.</returns>
    public static async Task<bool> EnqueueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, QueuedNotification n,
        CancellationToken cancellationToken)
    {
        var inserted = await connection.ExecuteAsync(new CommandDefinition("""
            insert into notifications (idempotency_key, document_id, dossier_id, kind, document_type, recipient, language, subject,
                                       text_body, html_body, reason_codes, message_id, status, attempts, created_at, next_attempt_at)
            values (@Key, @DocumentId, @DossierId, @Kind, @DocumentType, @Email, @Language, @Subject,
                    @TextBody, @HtmlBody, @ReasonCodes, @MessageId, 'pending', 0, @Now, @Now)
            on conflict (idempotency_key) do nothing
            """,
            new
            {
                n.Key, n.DocumentId, n.Student.DossierId, n.Kind, n.DocumentType, n.Student.Email, n.Student.Language,
                n.Rendered.Subject, n.Rendered.TextBody, n.Rendered.HtmlBody, ReasonCodes = n.ReasonCodes.ToArray(), n.MessageId, n.Now,
            }, transaction, cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return false;
        }
        await Outbox.EnqueueAsync(connection, transaction, new StudentNotified(n.Key, n.Student.DossierId, n.DocumentId, n.DocumentType,
            n.Kind, n.ReasonCodes, n.Student.Language, n.Rendered.French.Subject, n.Rendered.French.Text,
            n.Rendered.English.Subject, n.Rendered.English.Text, n.Now), cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"select pg_notify('{Channel}', '')", transaction: transaction,
            cancellationToken: cancellationToken));
        return true;
    }
}
