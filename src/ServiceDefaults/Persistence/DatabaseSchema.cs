using System.Reflection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Polly;
using Polly.Retry;

namespace ServiceDefaults.Persistence;

/// <summary>
/// Applies schema.sql before anything else starts. Every service runs it, under one advisory
/// lock, so whichever starts first creates the tables and the others wait rather than race.
/// </summary>
public sealed partial class DatabaseSchema(NpgsqlDataSource dataSource, ILogger<DatabaseSchema> logger) : IHostedService
{
    private const long SchemaLockKey = 0x5645524946; // "VERIF"

    private static readonly ResiliencePipeline StartupRetry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>().Handle<TimeoutException>(),
            MaxRetryAttempts = 30,
            Delay = TimeSpan.FromSeconds(1),
            BackoffType = DelayBackoffType.Constant,
        })
        .Build();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var script = ReadScript();
        await StartupRetry.ExecuteAsync(async ct =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using (var lockCommand = new NpgsqlCommand($"select pg_advisory_xact_lock({SchemaLockKey})", connection, transaction))
            {
                await lockCommand.ExecuteNonQueryAsync(ct);
            }
            await using (var command = new NpgsqlCommand(script, connection, transaction))
            {
                await command.ExecuteNonQueryAsync(ct);
            }
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        LogSchemaReady(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static string ReadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("schema.sql")
            ?? throw new InvalidOperationException("schema.sql is not embedded in ServiceDefaults.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date")]
    private static partial void LogSchemaReady(ILogger logger);
}
