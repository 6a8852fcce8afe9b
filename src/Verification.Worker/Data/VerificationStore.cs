using System.Text.Json;
using Contracts;
using Dapper;
using Npgsql;
using ServiceDefaults.Persistence;
using Verification.Worker.Checks;
using Verification.Worker.Policy;

namespace Verification.Worker.Data;

public sealed record StoredDocument(Guid DocumentId, string DossierId, string Type, string FileName, byte[] Content, Applicant Applicant);

public sealed class VerificationStore(NpgsqlDataSource dataSource, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<bool> IsDecidedAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from decisions where document_id = @documentId)", new { documentId }, cancellationToken: cancellationToken));
    }

    public async Task<StoredDocument?> LoadAsync(Guid documentId, CancellationToken cancellationToken)
    {
        const string sql = """
            select d.document_id, d.dossier_id, d.type, coalesce(d.file_name, '') as file_name, c.content,
                   p.last_name, p.first_names, p.date_of_birth, p.nationality, p.country_of_birth, p.rights_start_date
            from documents d
            join document_contents c on c.document_id = d.document_id
            join dossiers p on p.dossier_id = d.dossier_id
            where d.document_id = @documentId
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("documentId", documentId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        var applicant = new Applicant(reader.GetString(5), reader.GetString(6), reader.GetFieldValue<DateOnly>(7),
            reader.GetString(8), reader.GetString(9), reader.GetFieldValue<DateOnly>(10));
        return new StoredDocument(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
            reader.GetFieldValue<byte[]>(4), applicant);
    }

    /// <summary>
    /// Records the decision, the document's new status and the outgoing event in one transaction.
    /// Returns false when a decision already existed: a redelivery, which must change nothing.
    /// </summary>
    public async Task<bool> SaveDecisionAsync(StoredDocument document, VerificationResult result, CancellationToken cancellationToken)
    {
        var decidedAt = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition("""
            insert into decisions (document_id, decision, rule, reason_codes, findings, decided_by, decided_at)
            values (@DocumentId, @Decision, @Rule, @ReasonCodes, @Findings::jsonb, 'machine', @DecidedAt)
            on conflict (document_id) do nothing
            """,
            new
            {
                document.DocumentId,
                result.Decision,
                result.Rule,
                ReasonCodes = result.ReasonCodes.ToArray(),
                Findings = JsonSerializer.Serialize(result.Findings, Json),
                DecidedAt = decidedAt,
            }, transaction, cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return false;
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "update documents set status = @Decision, decided_at = @DecidedAt where document_id = @DocumentId",
            new { result.Decision, DecidedAt = decidedAt, document.DocumentId }, transaction, cancellationToken: cancellationToken));
        await EnqueueDecisionEventAsync(connection, transaction, document, result, decidedAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static Task EnqueueDecisionEventAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, StoredDocument document,
        VerificationResult result, DateTimeOffset decidedAt, CancellationToken cancellationToken) => result.Decision switch
    {
        Decisions.Accepted => Outbox.EnqueueAsync(connection, transaction,
            new DocumentAccepted(document.DocumentId, document.DossierId, document.Type, "machine", decidedAt), cancellationToken),
        Decisions.Rejected => Outbox.EnqueueAsync(connection, transaction,
            new DocumentRejected(document.DocumentId, document.DossierId, document.Type, result.ReasonCodes, "machine", decidedAt), cancellationToken),
        _ => Outbox.EnqueueAsync(connection, transaction,
            new ManualReviewRequested(document.DocumentId, document.DossierId, document.Type, result.ReasonCodes, decidedAt), cancellationToken),
    };
}
