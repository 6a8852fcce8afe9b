using Dapper;
using Npgsql;

namespace Notification.Worker.Data;

public enum SendClaim
{
    /// <summary>This delivery owns the send.</summary>
    Claimed,
    /// <summary>The e-mail went out already.</summary>
    AlreadySent,
    /// <summary>
    /// A previous attempt reached the SMTP server but crashed before logging the outcome. Sending again
    /// could e-mail the student twice, so the row is left for an operator instead.
    /// </summary>
    InDoubt,
}

/// <summary>
/// The notification log: a row per (decision, kind) moving pending → sending → sent, which is what
/// turns at-least-once message delivery into one e-mail per decision.
/// </summary>
public sealed class NotificationLog(NpgsqlDataSource dataSource)
{
    public async Task<SendClaim> ClaimAsync(string key, Guid documentId, string dossierId, string kind, string recipient, string subject,
        CancellationToken cancellationToken)
    {
        // Insert, or take over a row whose last attempt failed cleanly; both in one atomic statement.
        const string sql = """
            insert into notifications (idempotency_key, document_id, dossier_id, kind, recipient, subject, status, attempts)
            values (@key, @documentId, @dossierId, @kind, @recipient, @subject, 'sending', 1)
            on conflict (idempotency_key) do update set status = 'sending', attempts = notifications.attempts + 1
                where notifications.status = 'failed'
            returning status
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var claimed = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(sql,
            new { key, documentId, dossierId, kind, recipient, subject }, cancellationToken: cancellationToken));
        if (claimed is not null)
        {
            return SendClaim.Claimed;
        }
        var status = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "select status from notifications where idempotency_key = @key", new { key }, cancellationToken: cancellationToken));
        return status == "sent" ? SendClaim.AlreadySent : SendClaim.InDoubt;
    }

    public Task MarkSentAsync(string key, CancellationToken cancellationToken) =>
        SetStatusAsync(key, "sent", cancellationToken);

    /// <summary>The SMTP server refused or was unreachable: nothing was sent, so a retry may claim the row.</summary>
    public Task MarkFailedAsync(string key, CancellationToken cancellationToken) =>
        SetStatusAsync(key, "failed", cancellationToken);

    private async Task SetStatusAsync(string key, string status, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "update notifications set status = @status, sent_at = case when @status = 'sent' then now() else sent_at end where idempotency_key = @key",
            new { key, status }, cancellationToken: cancellationToken));
    }
}
