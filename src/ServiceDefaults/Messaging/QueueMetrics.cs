using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using RabbitMQ.Client;
using ServiceDefaults.Telemetry;

namespace ServiceDefaults.Messaging;

/// <summary>
/// Queue depth and age: the messages waiting in each queue this process consumes (and in its dead-letter
/// queue), and the outbox rows not yet published with the age of the oldest. Read every 15 s by a passive
/// declare (no management plugin needed); the gauges report that snapshot, so an export never waits on I/O.
/// </summary>
public sealed partial class QueueMetrics : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private readonly ConsumedQueues _queues;
    private readonly NpgsqlDataSource _dataSource;
    private readonly RabbitMqOptions _options;
    private readonly ILogger<QueueMetrics> _logger;
    private readonly ConcurrentDictionary<string, long> _depths = new(StringComparer.Ordinal);
    private volatile OutboxSnapshot? _outbox;
    private IConnection? _connection;

    public QueueMetrics(ConsumedQueues queues, NpgsqlDataSource dataSource, IOptions<RabbitMqOptions> options, ILogger<QueueMetrics> logger)
    {
        _queues = queues;
        _dataSource = dataSource;
        _options = options.Value;
        _logger = logger;
        VerificationTelemetry.Meter.CreateObservableGauge("messaging.queue.depth",
            () => _depths.Select(d => new Measurement<long>(d.Value, new KeyValuePair<string, object?>("queue", d.Key))),
            "{message}", "Messages ready in each queue this service consumes, dead-letter queues included");
        VerificationTelemetry.Meter.CreateObservableGauge("outbox.pending",
            () => _outbox is { } o ? [new Measurement<long>(o.Pending)] : Array.Empty<Measurement<long>>(),
            "{message}", "Outbox rows committed but not yet published");
        VerificationTelemetry.Meter.CreateObservableGauge("outbox.oldest_pending_age",
            () => _outbox is { } o ? [new Measurement<double>(o.OldestAgeSeconds)] : Array.Empty<Measurement<double>>(),
            "s", "Age of the oldest outbox row not yet published");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await ReadQueuesAsync(stoppingToken);
                await ReadOutboxAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
        finally
        {
            _connection?.Dispose();
        }
    }

    private async Task ReadQueuesAsync(CancellationToken cancellationToken)
    {
        try
        {
            _connection ??= await new ConnectionFactory
            {
                HostName = _options.Host, Port = _options.Port, VirtualHost = _options.VirtualHost,
                UserName = _options.Username, Password = _options.Password, ClientProvidedName = "queue-metrics",
            }.CreateConnectionAsync(cancellationToken);
            foreach (var queue in _queues.Names)
            {
                // A passive declare of a missing queue closes the channel: one channel per queue keeps that local.
                await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
                var ok = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
                _depths[queue] = ok.MessageCount;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogReadFailed(_logger, "RabbitMQ", exception.Message);
            _connection?.Dispose();
            _connection = null;
        }
    }

    private async Task ReadOutboxAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            _outbox = await connection.QuerySingleAsync<OutboxSnapshot>(new CommandDefinition("""
                select count(*) as Pending,
                       coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as OldestAgeSeconds
                from outbox where published_at is null
                """, cancellationToken: cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogReadFailed(_logger, "PostgreSQL", exception.Message);
        }
    }

    private sealed record OutboxSnapshot(long Pending, double OldestAgeSeconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Queue metrics could not read {Source}: {Error}")]
    private static partial void LogReadFailed(ILogger logger, string source, string error);
}
