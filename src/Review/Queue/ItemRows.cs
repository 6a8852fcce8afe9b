using Dapper;
using Npgsql;

namespace Review.Queue;

/// <summary>
/// Reads items the way every caller must see them: a claim whose lease has run out reads as open,
/// because that is what it is for everybody (it can be claimed again at once).
/// </summary>
internal static class ItemRows
{
    public const string Select = """
        select i.item_id, i.document_id, i.dossier_id, i.document_type, i.kind, i.reason_codes, i.created_at,
               case when i.status = 'claimed' and i.lease_until < now() then 'open' else i.status end as status,
               case when i.status = 'claimed' and i.lease_until >= now() then c.email end as claimed_by,
               case when i.status = 'claimed' and i.lease_until >= now() then i.lease_until end as lease_until,
               r.email as resolved_by, i.resolution, i.resolution_reason_codes, i.comment, i.resolved_at
        from review_items i
        left join review_agents c on c.agent_id = i.claimed_by
        left join review_agents r on r.agent_id = i.resolved_by
        """;

    public static async Task<ReviewItem?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid itemId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"{Select} where i.item_id = @itemId", new { itemId }, transaction, cancellationToken: cancellationToken));
        return row?.ToItem();
    }

    public static async Task<IReadOnlyList<ReviewItem>> QueryAsync(NpgsqlConnection connection, string sql, object parameters, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToItem()).ToList();
    }

    // Settable properties: Dapper binds arrays and nullable timestamps to setters, not to constructors.
    internal sealed class Row
    {
        public Guid item_id { get; init; }
        public Guid document_id { get; init; }
        public string dossier_id { get; init; } = "";
        public string document_type { get; init; } = "";
        public string kind { get; init; } = "";
        public string[] reason_codes { get; init; } = [];
        public DateTime created_at { get; init; }
        public string status { get; init; } = "";
        public string? claimed_by { get; init; }
        public DateTime? lease_until { get; init; }
        public string? resolved_by { get; init; }
        public string? resolution { get; init; }
        public string[]? resolution_reason_codes { get; init; }
        public string? comment { get; init; }
        public DateTime? resolved_at { get; init; }

        public ReviewItem ToItem() => new(item_id, document_id, dossier_id, document_type, kind, reason_codes, AuditTrail.Utc(created_at),
            status, claimed_by, lease_until is { } lease ? AuditTrail.Utc(lease) : null, resolved_by, resolution,
            resolution_reason_codes ?? [], comment, resolved_at is { } resolved ? AuditTrail.Utc(resolved) : null);
    }
}
