using System.Diagnostics;
using System.Text.Json;
using Contracts;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using ServiceDefaults.Telemetry;

namespace ServiceDefaults.Persistence;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ with publisher confirms, then marks them published.
/// Rows are claimed with SKIP LOCKED so any number of relays (one per service instance) can run.
/// A crash between the confirm and the update publishes a row twice; consumers are idempotent
/// on the document, so that is harmless, whereas losing a row would not be.
/// </summary>
public sealed partial class OutboxRelay(NpgsqlDataSource dataSource, IBus bus, ILogger<OutboxRelay> logger) : BackgroundService
{
    private const int BatchSize = 50;
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FailureBackoff = TimeSpan.FromSeconds(2);

    private NpgsqlConnection? _listener;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await PublishBatchAsync(stoppingToken);
                if (published < BatchSize)
                {
                    await WaitForNewRowsAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                LogRelayFailed(logger, exception);
                await Task.Delay(FailureBackoff, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
        if (_listener is not null)
        {
            await _listener.DisposeAsync();
        }
    }

    private async Task<int> PublishBatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = await ClaimPendingAsync(connection, transaction, cancellationToken);
        var published = 0;
        try
        {
            foreach (var row in rows)
            {
                await PublishAsync(row, cancellationToken);
                await MarkPublishedAsync(connection, transaction, row.Id, cancellationToken);
                published++;
            }
        }
        finally
        {
            // Keep what was confirmed even when the broker fails halfway through the batch.
            await transaction.CommitAsync(CancellationToken.None);
        }
        return published;
    }

    private static async Task<List<OutboxRow>> ClaimPendingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        const string sql = """
            select id, message_id, message_type, payload::text, trace_parent
            from outbox where published_at is null
            order by id limit @limit
            for update skip locked
            """;
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("limit", BatchSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<OutboxRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new OutboxRow(reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }
        return rows;
    }

    private async Task PublishAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        var messageType = typeof(DocumentUploaded).Assembly.GetType(row.MessageType)
            ?? throw new InvalidOperationException($"Outbox row {row.Id} has unknown message type {row.MessageType}.");
        var message = JsonSerializer.Deserialize(row.Payload, messageType, Outbox.Json)
            ?? throw new InvalidOperationException($"Outbox row {row.Id} has an empty payload.");

        // Continue the trace of the request that wrote the row, so one trace spans the outbox hop.
        using var activity = row.TraceParent is null
            ? null
            : VerificationTelemetry.Source.StartActivity("outbox publish", ActivityKind.Producer, row.TraceParent);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PublishTimeout);
        await bus.Publish(message, messageType, Pipe.Execute<PublishContext>(context =>
        {
            context.MessageId = row.MessageId;
            // MassTransit carries the trace in its own MT-Activity-Id header; the standard W3C header
            // lets any other consumer (the portal, a broker plugin) join the same trace.
            if (Activity.Current is { } current)
            {
                context.Headers.Set("traceparent", current.Id);
                if (!string.IsNullOrEmpty(current.TraceStateString))
                {
                    context.Headers.Set("tracestate", current.TraceStateString);
                }
            }
        }), timeout.Token);
        LogPublished(logger, row.MessageType, row.MessageId);
    }

    private static async Task MarkPublishedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("update outbox set published_at = now() where id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private async Task WaitForNewRowsAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_listener is null)
            {
                _listener = await dataSource.OpenConnectionAsync(cancellationToken);
                await using var listen = new NpgsqlCommand($"listen {Outbox.Channel}", _listener);
                await listen.ExecuteNonQueryAsync(cancellationToken);
            }
            // The timeout is the safety net: rows written while the listener was down are still found.
            await _listener.WaitAsync(IdlePoll, cancellationToken);
        }
        catch (NpgsqlException)
        {
            if (_listener is not null)
            {
                await _listener.DisposeAsync();
                _listener = null;
            }
            await Task.Delay(IdlePoll, cancellationToken);
        }
    }

    private sealed record OutboxRow(long Id, Guid MessageId, string MessageType, string Payload, string? TraceParent);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Published {MessageType} {MessageId} from the outbox")]
    private static partial void LogPublished(ILogger logger, string messageType, Guid messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay could not publish; retrying")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception);
}
