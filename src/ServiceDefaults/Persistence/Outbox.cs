using System.Diagnostics;
using System.Text.Json;
using Npgsql;

namespace ServiceDefaults.Persistence;

/// <summary>
/// Writes outgoing messages in the caller's transaction, so a message exists if and only if the
/// state change that caused it was committed. <see cref="OutboxRelay"/> publishes them.
/// </summary>
public static class Outbox
{
    internal const string Channel = "outbox";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task EnqueueAsync<T>(NpgsqlConnection connection, NpgsqlTransaction transaction, T message, CancellationToken cancellationToken)
        where T : class
    {
        // NOTIFY inside the transaction is delivered at commit: the relay wakes exactly when the row is visible.
        const string sql = """
            insert into outbox (message_id, message_type, payload, trace_parent)
            values (@messageId, @messageType, @payload::jsonb, @traceParent);
            select pg_notify('outbox', '');
            """;
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("messageId", Guid.CreateVersion7());
        command.Parameters.AddWithValue("messageType", typeof(T).FullName!);
        command.Parameters.AddWithValue("payload", JsonSerializer.Serialize(message, Json));
        command.Parameters.AddWithValue("traceParent", (object?)Activity.Current?.Id ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
