using System.Security.Cryptography;
using Contracts;
using Dapper;
using Intake.Api;
using Npgsql;
using ServiceDefaults.Persistence;

namespace Intake.Data;

public sealed class DocumentStore(NpgsqlDataSource dataSource, TimeProvider clock)
{
    /// <summary>
    /// Stores the bytes, the row and the DocumentUploaded message in one transaction: once this
    /// returns, the document will be verified even if RabbitMQ is down right now. The same
    /// transaction applies the dossier lifecycle (<see cref="UploadLifecycle"/>); a byte-identical
    /// re-upload stores nothing and returns the document that already holds those bytes.
    /// </summary>
    public async Task<StoredUpload> StoreAsync(string dossierId, string type, string? fileName, string? contentType, byte[] content, CancellationToken cancellationToken)
    {
        var documentId = Guid.CreateVersion7();
        var uploadedAt = clock.GetUtcNow();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await UploadLifecycle.LockTypeAsync(connection, transaction, dossierId, type, cancellationToken);
        if (await UploadLifecycle.FindDuplicateAsync(connection, transaction, dossierId, type, sha256, cancellationToken) is { } existing)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new StoredUpload(existing.DocumentId, existing.Status, Duplicate: true);
        }
        await UploadLifecycle.SupersedeProcessingAsync(connection, transaction, dossierId, type, documentId, uploadedAt, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into documents (document_id, dossier_id, type, file_name, content_type, size_bytes, sha256, status, uploaded_at)
            values (@documentId, @dossierId, @type, @fileName, @contentType, @size, @sha256, @status, @uploadedAt);
            insert into document_contents (document_id, content) values (@documentId, @content);
            """,
            new { documentId, dossierId, type, fileName, contentType, size = (long)content.Length, sha256, status = Decisions.Processing, uploadedAt, content },
            transaction, cancellationToken: cancellationToken));
        await Outbox.EnqueueAsync(connection, transaction,
            new DocumentUploaded(documentId, dossierId, type, content.Length, sha256, uploadedAt), cancellationToken);
        await UploadLifecycle.CancelRemindersAsync(connection, transaction, dossierId, type, uploadedAt, cancellationToken);
        await UploadLifecycle.ReopenIfClosedAsync(connection, transaction, dossierId, documentId, uploadedAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StoredUpload(documentId, Decisions.Processing, Duplicate: false);
    }

    public async Task<DocumentResponse?> FindAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync("d.document_id = @documentId", new { documentId }, cancellationToken);
        return rows.SingleOrDefault();
    }

    public Task<IReadOnlyList<DocumentResponse>> ListForDossierAsync(string dossierId, CancellationToken cancellationToken) =>
        QueryAsync("d.dossier_id = @dossierId", new { dossierId }, cancellationToken);

    private async Task<IReadOnlyList<DocumentResponse>> QueryAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        var sql = $"""
            select d.document_id, d.dossier_id, d.type, d.status, d.uploaded_at, d.decided_at,
                   case when r.status = 'resolved' then coalesce(r.resolution_reason_codes, array[]::text[])
                        else coalesce(x.reason_codes, array[]::text[]) end as reason_codes
            from documents d left join decisions x on x.document_id = d.document_id
            -- An agent's resolution of a manual review replaces the machine's reasons (sampled accepts never do).
            left join review_items r on r.document_id = d.document_id and r.kind = 'manual'
            where {where}
            order by d.uploaded_at
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<DocumentRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(ToResponse).ToList();
    }

    private static DocumentResponse ToResponse(DocumentRow row) => new(
        row.document_id,
        row.dossier_id,
        row.type,
        row.status,
        row.reason_codes.Select(ReasonMessages.For).Select(m => new ReasonResponse(m.Code, m.MessageFr, m.MessageEn)).ToList(),
        new DateTimeOffset(row.uploaded_at, TimeSpan.Zero),
        row.decided_at is { } decidedAt ? new DateTimeOffset(decidedAt, TimeSpan.Zero) : null);

    // A class with setters rather than a positional record: Dapper hands arrays and nullable
    // timestamps to setters fine but cannot match them to a constructor signature.
    private sealed class DocumentRow
    {
        public Guid document_id { get; init; }
        public string dossier_id { get; init; } = "";
        public string type { get; init; } = "";
        public string status { get; init; } = "";
        public DateTime uploaded_at { get; init; }
        public DateTime? decided_at { get; init; }
        public string[] reason_codes { get; init; } = [];
    }
}

/// <summary>The outcome of an upload: a new document, or the existing one that holds the same bytes.</summary>
public sealed record StoredUpload(Guid DocumentId, string Status, bool Duplicate);
