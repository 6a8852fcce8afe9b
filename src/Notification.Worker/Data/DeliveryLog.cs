using Dapper;
using Npgsql;

namespace Notification.Worker.Data;

/// <summary>A notification claimed for sending.</summary>
public sealed record Delivery(string Key, string Recipient, string Subject, string TextBody, string HtmlBody, string MessageId, int Attempts);

/// <summary>A notification left in 'sending' past its lease: the worker stopped between SMTP and the log.</summary>
public sealed record InDoubtNotification(string Key, string Recipient, string MessageId, DateTimeOffset SendingSince);

/// <summary>
/// The notification log seen from the sending side: pending → sending → sent. 'sending' is committed
/// BEFORE the SMTP call, so a crash after the server accepted the message leaves a row that says
/// so, and such a row is never picked again: at most one e-mail per key, and the doubt is visible.
/// </summary>
public sealed class DeliveryLog(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Claims the notification due the longest, so that while SMTP is down the retries take turns. A
    /// student's own notifications go out in the order they were written: one waits while an older
    /// one of the same dossier is pending or being sent.
    /// </summary>
    public async Task<Delivery?> ClaimNextAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            with next as (
                select n.idempotency_key from notifications n
                where n.status = 'pending' and n.next_attempt_at <= @now
                  and not exists (select 1 from notifications o where o.dossier_id = n.dossier_id
                                  and o.status in ('pending', 'sending') and o.seq < n.seq)
                order by n.next_attempt_at, n.seq limit 1
                for update skip locked)
            update notifications set status = 'sending', sending_since = @now, attempts = attempts + 1
            from next where notifications.idempotency_key = next.idempotency_key
            returning notifications.idempotency_key as Key, recipient as Recipient, subject as Subject, text_body as TextBody,
                      html_body as HtmlBody, message_id as MessageId, attempts as Attempts
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Delivery>(new CommandDefinition(sql, new { now }, cancellationToken: cancellationToken));
    }

    /// <summary>Also from 'in_doubt': if a slow send outlived its lease and then succeeded, this is the truth.</summary>
    public Task MarkSentAsync(string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync("""
            update notifications set status = 'sent', sent_at = @now, last_error = null
            where idempotency_key = @key and status in ('sending', 'in_doubt')
            """, new { key, now }, cancellationToken);

    /// <summary>Nothing was delivered (refused, unreachable, circuit open): back to 'pending' until <paramref name="retryAt"/>.</summary>
    public Task RetryLaterAsync(string key, DateTimeOffset retryAt, string error, CancellationToken cancellationToken) =>
        ExecuteAsync("""
            update notifications set status = 'pending', next_attempt_at = @retryAt, last_error = @error
            where idempotency_key = @key and status = 'sending'
            """, new { key, retryAt, error }, cancellationToken);

    /// <summary>
    /// The circuit was open, so nothing was attempted: the claim is given back as if never made, and
    /// the row keeps its place for when SMTP answers again.
    /// </summary>
    public Task ReturnUntriedAsync(string key, CancellationToken cancellationToken) =>
        ExecuteAsync("""
            update notifications set status = 'pending', attempts = greatest(attempts - 1, 0), last_error = 'SMTP circuit open'
            where idempotency_key = @key and status = 'sending'
            """, new { key }, cancellationToken);

    /// <summary>The server refused the recipient for good (5xx): resending cannot help; an operator looks.</summary>
    public Task MarkFailedAsync(string key, string error, CancellationToken cancellationToken) =>
        ExecuteAsync("update notifications set status = 'failed', last_error = @error where idempotency_key = @key and status = 'sending'",
            new { key, error }, cancellationToken);

    public async Task<IReadOnlyList<InDoubtNotification>> MarkStaleAsInDoubtAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string, string, string?, DateTime)>(new CommandDefinition("""
            update notifications set status = 'in_doubt',
                last_error = 'the worker stopped after handing the message to SMTP and before recording the outcome'
            where status = 'sending' and coalesce(sending_since, created_at) < @cutoff
            returning idempotency_key, recipient, message_id, coalesce(sending_since, created_at)
            """, new { cutoff }, cancellationToken: cancellationToken));
        return rows.Select(r => new InDoubtNotification(r.Item1, r.Item2, r.Item3 ?? "", new DateTimeOffset(r.Item4, TimeSpan.Zero))).ToList();
    }

    public async Task<(long Pending, long InDoubt)> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<(long, long)>(new CommandDefinition("""
            select count(*) filter (where status = 'pending'), count(*) filter (where status = 'in_doubt') from notifications
            where status in ('pending', 'in_doubt')
            """, cancellationToken: cancellationToken));
    }

    private async Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }
}
