using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using Review.Agents;

namespace Review.Queue;

/// <summary>
/// The review queue in PostgreSQL. Claims are single atomic UPDATEs guarded by the item's state, so
/// two agents can never hold one item (the second UPDATE re-reads the row once the first commits and
/// no longer matches), and a lease that has run out makes the item claimable again with no sweeper.
/// </summary>
public sealed class ReviewQueue(NpgsqlDataSource dataSource, IOptions<ReviewOptions> options)
{
    private const string Available = "(i.status = 'open' or (i.status = 'claimed' and i.lease_until < now()))";

    /// <summary>Adds an item unless the document already has one; returns false for a redelivery.</summary>
    public async Task<bool> AddAsync(Guid documentId, string dossierId, string documentType, string kind, IReadOnlyList<string> reasonCodes,
        DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        var itemId = Guid.CreateVersion7();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition("""
            insert into review_items (item_id, document_id, dossier_id, document_type, kind, reason_codes, created_at)
            values (@itemId, @documentId, @dossierId, @documentType, @kind, @reasonCodes, @createdAt)
            on conflict (document_id) do nothing
            """,
            new { itemId, documentId, dossierId, documentType, kind, reasonCodes = reasonCodes.ToArray(), createdAt },
            transaction, cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return false;
        }
        await AuditTrail.AppendAsync(connection, transaction, itemId, null, AuditActions.Created, null,
            reasonCodes.Count > 0 ? $"{kind}: {string.Join(", ", reasonCodes)}" : kind, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Unresolved items (or all, on request) matching the filter, oldest first.</summary>
    public async Task<IReadOnlyList<ReviewItem>> ListAsync(QueueFilter filter, CancellationToken cancellationToken)
    {
        var (where, parameters) = Where(filter, filter.IncludeResolved ? "true" : "i.status <> 'resolved'");
        parameters.Add("limit", Math.Clamp(filter.Limit, 1, 500));
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await ItemRows.QueryAsync(connection, $"{ItemRows.Select} where {where} order by i.created_at, i.item_id limit @limit",
            parameters, cancellationToken);
    }

    public async Task<ReviewItem?> FindAsync(Guid itemId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await ItemRows.FindAsync(connection, null, itemId, cancellationToken);
    }

    public async Task<ItemResult> ClaimAsync(Guid itemId, Agent agent, CancellationToken cancellationToken)
    {
        // Re-claiming an item one already holds renews the lease.
        const string sql = $"""
            update review_items i set status = 'claimed', claimed_by = @agentId, claimed_at = now(), lease_until = now() + @lease
            where i.item_id = @itemId and ({Available} or (i.status = 'claimed' and i.claimed_by = @agentId))
            returning i.item_id
            """;
        return await ClaimWhereAsync(sql, new DynamicParameters(new { itemId }), itemId, agent, cancellationToken);
    }

    /// <summary>Claims the oldest available item matching the filter: the "next" button.</summary>
    public async Task<ItemResult> ClaimNextAsync(QueueFilter filter, Agent agent, CancellationToken cancellationToken)
    {
        var (where, parameters) = Where(filter, Available);
        // SKIP LOCKED: agents pressing "next" together each get a different item instead of queueing on one row.
        var sql = $"""
            update review_items i set status = 'claimed', claimed_by = @agentId, claimed_at = now(), lease_until = now() + @lease
            where i.item_id = (select i.item_id from review_items i where {where} order by i.created_at, i.item_id limit 1 for update skip locked)
              and {Available}
            returning i.item_id
            """;
        return await ClaimWhereAsync(sql, parameters, null, agent, cancellationToken);
    }

    /// <summary>Gives an item back to the queue before its lease runs out.</summary>
    public async Task<ItemResult> ReleaseAsync(Guid itemId, Agent agent, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var released = await connection.ExecuteAsync(new CommandDefinition("""
            update review_items set status = 'open', claimed_by = null, claimed_at = null, lease_until = null
            where item_id = @itemId and status = 'claimed' and claimed_by = @agentId
            """, new { itemId, agentId = agent.Id }, transaction, cancellationToken: cancellationToken));
        if (released == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await DiagnoseAsync(connection, itemId, agent, cancellationToken);
        }
        await AuditTrail.AppendAsync(connection, transaction, itemId, agent, AuditActions.Released, null, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ItemResult(ItemOutcome.Done, await ItemRows.FindAsync(connection, null, itemId, cancellationToken));
    }

    private async Task<ItemResult> ClaimWhereAsync(string sql, DynamicParameters parameters, Guid? itemId, Agent agent, CancellationToken cancellationToken)
    {
        parameters.Add("agentId", agent.Id);
        parameters.Add("lease", options.Value.Lease);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        if (claimed is not { } claimedId)
        {
            await transaction.RollbackAsync(cancellationToken);
            return itemId is { } id
                ? await DiagnoseAsync(connection, id, agent, cancellationToken)
                : new ItemResult(ItemOutcome.NothingAvailable, null);
        }
        var item = await ItemRows.FindAsync(connection, transaction, claimedId, cancellationToken);
        await AuditTrail.AppendAsync(connection, transaction, claimedId, agent, AuditActions.Claimed, null,
            $"lease until {item!.LeaseUntil:yyyy-MM-dd HH:mm:ss} UTC", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ItemResult(ItemOutcome.Done, item);
    }

    /// <summary>Why an operation on an item matched nothing, read after the fact.</summary>
    internal static async Task<ItemResult> DiagnoseAsync(NpgsqlConnection connection, Guid itemId, Agent agent, CancellationToken cancellationToken)
    {
        var item = await ItemRows.FindAsync(connection, null, itemId, cancellationToken);
        var outcome = item switch
        {
            null => ItemOutcome.NotFound,
            { Status: ReviewStatuses.Resolved } => ItemOutcome.AlreadyResolved,
            { Status: ReviewStatuses.Claimed } when item.ClaimedBy != agent.Email => ItemOutcome.HeldByAnother,
            _ => ItemOutcome.NotClaimedByCaller,
        };
        return new ItemResult(outcome, item);
    }

    private static (string Where, DynamicParameters Parameters) Where(QueueFilter filter, string baseCondition)
    {
        var conditions = new List<string> { baseCondition };
        var parameters = new DynamicParameters();
        if (!string.IsNullOrEmpty(filter.DocumentType))
        {
            conditions.Add("i.document_type = @documentType");
            parameters.Add("documentType", filter.DocumentType);
        }
        if (!string.IsNullOrEmpty(filter.ReasonCode))
        {
            conditions.Add("@reasonCode = any(i.reason_codes)");
            parameters.Add("reasonCode", filter.ReasonCode);
        }
        if (!string.IsNullOrEmpty(filter.Kind))
        {
            conditions.Add("i.kind = @kind");
            parameters.Add("kind", filter.Kind);
        }
        if (filter.DocumentId is { } documentId)
        {
            conditions.Add("i.document_id = @documentId");
            parameters.Add("documentId", documentId);
        }
        if (filter.MinAgeMinutes is > 0 and { } minutes)
        {
            conditions.Add("i.created_at <= now() - make_interval(mins => @minAge)");
            parameters.Add("minAge", minutes);
        }
        return (string.Join(" and ", conditions), parameters);
    }
}
