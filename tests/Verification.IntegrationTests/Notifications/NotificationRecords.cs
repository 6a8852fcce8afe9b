using System.Text.Json;
using Dapper;
using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests.Notifications;

/// <summary>What the workers recorded in PostgreSQL: the notification log, reminder tracks, outgoing events.</summary>
internal static class NotificationRecords
{
    public sealed record Row(string Key, string Kind, string Status, int Attempts, string? MessageId, string? LastError);

    public static async Task<List<Row>> ForDossierAsync(StackFixture stack, string dossierId)
    {
        await using var connection = await stack.Database.OpenConnectionAsync();
        var rows = await connection.QueryAsync<Row>("""
            select idempotency_key as Key, kind as Kind, status as Status, attempts as Attempts, message_id as MessageId, last_error as LastError
            from notifications where dossier_id = @dossierId order by seq
            """, new { dossierId });
        return rows.ToList();
    }

    public static async Task<string?> ReminderStatusAsync(StackFixture stack, Guid documentId)
    {
        await using var connection = await stack.Database.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<string?>("select status from reminders where document_id = @documentId", new { documentId });
    }

    /// <summary>The events written to the outbox about a dossier, in order: type and payload.</summary>
    public static async Task<List<(string Type, JsonElement Payload)>> EventsAsync(StackFixture stack, string dossierId)
    {
        await using var connection = await stack.Database.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string, string)>(
            "select message_type, payload::text from outbox where payload->>'dossierId' = @dossierId order by id", new { dossierId });
        return rows.Select(r => (r.Item1, JsonDocument.Parse(r.Item2).RootElement.Clone())).ToList();
    }

    public static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}; last seen: {JsonSerializer.Serialize(value)}");
            }
            await Task.Delay(250);
        }
    }
}
