using Dapper;
using Npgsql;
using Review.Agents;

namespace Review.Queue;

/// <summary>Actions recorded on an item. Written in the same transaction as the change they describe.</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Claimed = "claimed";
    public const string Released = "released";
    public const string Resolved = "resolved";
}

public static class AuditTrail
{
    public const string MachineActor = "machine";

    public static Task AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid itemId, Agent? agent,
        string action, string? decision, string? detail, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            insert into review_audit (item_id, agent_id, actor, action, decision, detail)
            values (@itemId, @agentId, @actor, @action, @decision, @detail)
            """,
            new { itemId, agentId = agent?.Id, actor = agent?.Email ?? MachineActor, action, decision, detail },
            transaction, cancellationToken: cancellationToken));

    public static async Task<IReadOnlyList<AuditEntry>> ForItemAsync(NpgsqlDataSource dataSource, Guid itemId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(DateTime at, string actor, string action, string? decision, string? detail)>(new CommandDefinition(
            "select at, actor, action, decision, detail from review_audit where item_id = @itemId order by id",
            new { itemId }, cancellationToken: cancellationToken));
        return rows.Select(r => new AuditEntry(Utc(r.at), r.actor, r.action, r.decision, r.detail)).ToList();
    }

    internal static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
