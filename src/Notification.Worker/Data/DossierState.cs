using Contracts;
using Dapper;
using Npgsql;
using ServiceDefaults.Persistence;

namespace Notification.Worker.Data;

/// <summary>The facts about a dossier and its documents that the lifecycle decides on.</summary>
public static class DossierState
{
    public static Task<string?> DocumentStatusAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid documentId,
        CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "select status from documents where document_id = @documentId", new { documentId }, transaction, cancellationToken: cancellationToken));

    public static async Task<IReadOnlySet<string>> AcceptedTypesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        string dossierId, CancellationToken cancellationToken)
    {
        var types = await connection.QueryAsync<string>(new CommandDefinition(
            "select distinct type from documents where dossier_id = @dossierId and status = @accepted",
            new { dossierId, accepted = Decisions.Accepted }, transaction, cancellationToken: cancellationToken));
        return types.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether a rejected document still waits for the student: nothing of its type was uploaded
    /// after it, no document of its type is accepted, and the dossier is open.
    /// </summary>
    public static Task<bool> StillAwaitedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid documentId,
        CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition("""
            select coalesce((
                select s.closed_at is null
                   and not exists (select 1 from documents n where n.dossier_id = d.dossier_id and n.type = d.type
                                   and n.document_id <> d.document_id and n.uploaded_at >= d.uploaded_at)
                   and not exists (select 1 from documents a where a.dossier_id = d.dossier_id and a.type = d.type and a.status = @accepted)
                from documents d join dossiers s on s.dossier_id = d.dossier_id
                where d.document_id = @documentId), false)
            """, new { documentId, accepted = Decisions.Accepted }, transaction, cancellationToken: cancellationToken));

    /// <summary>Closes an open dossier and publishes <see cref="DossierClosed"/>; false when it was closed already.</summary>
    public static async Task<bool> CloseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string dossierId,
        Guid documentId, string documentType, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var closed = await connection.ExecuteAsync(new CommandDefinition(
            "update dossiers set closed_at = @now, updated_at = @now where dossier_id = @dossierId and closed_at is null",
            new { dossierId, now }, transaction, cancellationToken: cancellationToken));
        if (closed == 0)
        {
            return false;
        }
        await Outbox.EnqueueAsync(connection, transaction, new DossierClosed(dossierId, documentId, documentType, now), cancellationToken);
        return true;
    }
}
