using Contracts;
using Dapper;
using Npgsql;
using Review.Agents;
using Review.Metrics;
using ServiceDefaults.Persistence;

namespace Review.Queue;

/// <summary>
/// Resolves an item in ONE transaction: the item, the document's status (manual items only), the
/// audit row and the outgoing events all commit together or not at all. The events go through the
/// outbox, so the student's e-mail follows from a committed decision and from nothing else.
/// </summary>
public sealed class ReviewResolver(NpgsqlDataSource dataSource, ReviewMetrics metrics)
{
    /// <param name="resolution">Validated by the caller (<see cref="Resolution.Validate"/>).</param>
    public async Task<ItemResult> ResolveAsync(Guid itemId, Agent agent, Resolution resolution, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Only the holder resolves. A holder whose lease ran out still may, as long as nobody took the
        // item over in the meantime: a takeover changes claimed_by, and then this matches nothing.
        var resolved = await connection.QuerySingleOrDefaultAsync<ResolvedRow>(new CommandDefinition("""
            update review_items set status = 'resolved', resolved_by = @agentId, resolution = @decision,
                resolution_reason_codes = @reasonCodes, comment = @comment, resolved_at = now(), lease_until = null
            where item_id = @itemId and status = 'claimed' and claimed_by = @agentId
            returning document_id, dossier_id, document_type, kind, created_at, resolved_at
            """,
            new { itemId, agentId = agent.Id, decision = resolution.Decision, reasonCodes = resolution.ReasonCodes.ToArray(), comment = resolution.Comment },
            transaction, cancellationToken: cancellationToken));
        if (resolved is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ReviewQueue.DiagnoseAsync(connection, itemId, agent, cancellationToken);
        }

        var resolvedAt = AuditTrail.Utc(resolved.resolved_at);
        if (resolved.kind == ReviewKinds.Manual)
        {
            var updated = await connection.ExecuteAsync(new CommandDefinition("""
                update documents set status = @decision, decided_at = @resolvedAt
                where document_id = @documentId and status = 'manual_review'
                """, new { decision = resolution.Decision, resolvedAt, documentId = resolved.document_id }, transaction, cancellationToken: cancellationToken));
            if (updated == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return new ItemResult(ItemOutcome.DocumentNoLongerUnderReview, await ItemRows.FindAsync(connection, null, itemId, cancellationToken));
            }
        }

        await AuditTrail.AppendAsync(connection, transaction, itemId, agent, AuditActions.Resolved, resolution.Decision,
            Describe(resolution), cancellationToken);
        await Outbox.EnqueueAsync(connection, transaction, new ReviewResolved(itemId, resolved.document_id, resolved.dossier_id,
            resolved.document_type, resolved.kind, resolution.Decision, resolution.ReasonCodes, agent.Email, resolvedAt), cancellationToken);
        if (resolved.kind == ReviewKinds.Manual)
        {
            await EnqueueDecisionAsync(connection, transaction, resolved, resolution, agent, resolvedAt, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);

        metrics.RecordResolved(resolved.kind, resolution.Decision, resolvedAt - AuditTrail.Utc(resolved.created_at));
        return new ItemResult(ItemOutcome.Done, await ItemRows.FindAsync(connection, null, itemId, cancellationToken));
    }

    private static Task EnqueueDecisionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ResolvedRow item,
        Resolution resolution, Agent agent, DateTimeOffset decidedAt, CancellationToken cancellationToken) =>
        resolution.Decision == Decisions.Accepted
            ? Outbox.EnqueueAsync(connection, transaction,
                new DocumentAccepted(item.document_id, item.dossier_id, item.document_type, agent.Email, decidedAt), cancellationToken)
            : Outbox.EnqueueAsync(connection, transaction,
                new DocumentRejected(item.document_id, item.dossier_id, item.document_type, resolution.ReasonCodes, agent.Email, decidedAt),
                cancellationToken);

    private static string? Describe(Resolution resolution)
    {
        var parts = new List<string>();
        if (resolution.ReasonCodes.Count > 0)
        {
            parts.Add(string.Join(", ", resolution.ReasonCodes));
        }
        if (resolution.Comment is not null)
        {
            parts.Add($"comment: {resolution.Comment}");
        }
        return parts.Count > 0 ? string.Join("; ", parts) : null;
    }

    private sealed record ResolvedRow(Guid document_id, string dossier_id, string document_type, string kind, DateTime created_at, DateTime resolved_at);
}
