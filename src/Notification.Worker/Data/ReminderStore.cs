using Dapper;
using Npgsql;

namespace Notification.Worker.Data;

/// <summary>A reminder track whose next step is due.</summary>
public sealed record DueReminder(Guid DocumentId, string DossierId, string DocumentType, string[] ReasonCodes, int Stage);

/// <summary>
/// Reminder tracks in PostgreSQL, one per rejected document, so they survive restarts and any
/// number of workers can poll them (FOR UPDATE SKIP LOCKED) without firing a step twice.
/// </summary>
public static class ReminderStore
{
    public static Task<int> ScheduleAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid documentId, string dossierId,
        string documentType, IReadOnlyList<string> reasonCodes, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            insert into reminders (document_id, dossier_id, document_type, reason_codes, stage, due_at, status, created_at, updated_at)
            values (@documentId, @dossierId, @documentType, @reasonCodes, 1, @dueAt, 'pending', @now, @now)
            on conflict (document_id) do nothing
            """, new { documentId, dossierId, documentType, reasonCodes = reasonCodes.ToArray(), dueAt, now },
            transaction, cancellationToken: cancellationToken));

    /// <summary>Locks the due steps for the caller's transaction; another worker skips them.</summary>
    public static async Task<IReadOnlyList<DueReminder>> ClaimDueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<Row>(new CommandDefinition("""
            select document_id, dossier_id, document_type, reason_codes, stage
            from reminders where status = 'pending' and due_at <= @now
            order by due_at limit @limit
            for update skip locked
            """, new { now, limit }, transaction, cancellationToken: cancellationToken));
        return rows.Select(r => new DueReminder(r.document_id, r.dossier_id, r.document_type, r.reason_codes, r.stage)).ToList();
    }

    public static Task AdvanceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid documentId, int nextStage,
        DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "update reminders set stage = @nextStage, due_at = @dueAt, updated_at = @now where document_id = @documentId",
            new { documentId, nextStage, dueAt, now }, transaction, cancellationToken: cancellationToken));

    /// <summary>'done' after the closure, 'cancelled' when the document no longer waits for the student.</summary>
    public static Task FinishAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid documentId, string status,
        DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "update reminders set status = @status, updated_at = @now where document_id = @documentId",
            new { documentId, status, now }, transaction, cancellationToken: cancellationToken));

    // Setters rather than a constructor: Dapper hands arrays to setters but cannot match them to a signature.
    private sealed class Row
    {
        public Guid document_id { get; init; }
        public string dossier_id { get; init; } = "";
        public string document_type { get; init; } = "";
        public string[] reason_codes { get; init; } = [];
        public int stage { get; init; }
    }
}
