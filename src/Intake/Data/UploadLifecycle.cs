using Contracts;
using Dapper;
using Npgsql;
using ServiceDefaults.Persistence;

namespace Intake.Data;

/// <summary>The document that already holds the same bytes, returned instead of storing a copy.</summary>
public sealed record ExistingDocument(Guid DocumentId, string Status);

/// <summary>
/// What an upload does to the dossier besides storing itself, each step in the upload's own
/// transaction: detect a byte-identical re-upload, supersede a document of the same type still
/// being processed, cancel the reminders a new upload answers, reopen a closed dossier.
/// </summary>
internal static class UploadLifecycle
{
    /// <summary>
    /// Serialises the uploads of one type in one dossier until the transaction ends, so two racing
    /// uploads cannot both miss each other's duplicate or both survive as 'processing'.
    /// </summary>
    public static Task LockTypeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string dossierId, string type,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("select pg_advisory_xact_lock(hashtextextended(@key, 0))",
            new { key = $"upload:{dossierId}:{type}" }, transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// The latest live upload of the type when it has the same SHA-256: re-sending the same file
    /// changes nothing, so it is neither verified nor notified again. Only the latest counts: bytes
    /// identical to an older document that a different upload has since replaced are a real
    /// resubmission and are processed.
    /// </summary>
    public static async Task<ExistingDocument?> FindDuplicateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        string dossierId, string type, string sha256, CancellationToken cancellationToken)
    {
        var latest = await connection.QuerySingleOrDefaultAsync<LatestRow>(new CommandDefinition("""
            select document_id, status, sha256 from documents
            where dossier_id = @dossierId and type = @type and status <> @superseded
            order by uploaded_at desc, document_id desc limit 1
            """, new { dossierId, type, superseded = Decisions.Superseded }, transaction, cancellationToken: cancellationToken));
        return latest is not null && latest.sha256 == sha256 ? new ExistingDocument(latest.document_id, latest.status) : null;
    }

    /// <summary>
    /// Every document of the type still 'processing' becomes 'superseded' by <paramref name="newDocumentId"/>.
    /// A 'superseded' row in decisions is what makes the verification worker skip it, exactly as it
    /// skips a redelivery. The decision is inserted before the status changes, the same order the
    /// worker uses, so a race with it ends in whichever committed first and never in a deadlock.
    /// </summary>
    public static async Task SupersedeProcessingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string dossierId,
        string type, Guid newDocumentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var superseded = (await connection.QueryAsync<Guid>(new CommandDefinition("""
            insert into decisions (document_id, decision, rule, reason_codes, findings, decided_by, decided_at)
            select document_id, @superseded, 'superseded_by_newer_upload', array[]::text[], '[]'::jsonb, 'intake', @now
            from documents where dossier_id = @dossierId and type = @type and status = @processing
            on conflict (document_id) do nothing
            returning document_id
            """, new { dossierId, type, now, superseded = Decisions.Superseded, processing = Decisions.Processing },
            transaction, cancellationToken: cancellationToken))).ToArray();
        if (superseded.Length == 0)
        {
            return;
        }
        await connection.ExecuteAsync(new CommandDefinition("""
            update documents set status = @superseded, superseded_by = @newDocumentId, decided_at = @now
            where document_id = any(@ids)
            """, new { superseded = Decisions.Superseded, newDocumentId, now, ids = superseded }, transaction, cancellationToken: cancellationToken));
        foreach (var documentId in superseded)
        {
            await Outbox.EnqueueAsync(connection, transaction,
                new DocumentSuperseded(documentId, dossierId, type, newDocumentId, now), cancellationToken);
        }
    }

    /// <summary>A new upload is the answer reminders wait for: pending reminders for the type stop.</summary>
    public static Task CancelRemindersAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string dossierId, string type,
        DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            update reminders set status = 'cancelled', updated_at = @now
            where dossier_id = @dossierId and document_type = @type and status = 'pending'
            """, new { dossierId, type, now }, transaction, cancellationToken: cancellationToken));

    /// <summary>Uploading into a closed dossier is how a student reopens it (the closure e-mail says so).</summary>
    public static async Task ReopenIfClosedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string dossierId,
        Guid documentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reopened = await connection.ExecuteAsync(new CommandDefinition(
            "update dossiers set closed_at = null, updated_at = @now where dossier_id = @dossierId and closed_at is not null",
            new { dossierId, now }, transaction, cancellationToken: cancellationToken));
        if (reopened > 0)
        {
            await Outbox.EnqueueAsync(connection, transaction, new DossierReopened(dossierId, documentId, now), cancellationToken);
        }
    }

    private sealed record LatestRow(Guid document_id, string status, string sha256);
}
