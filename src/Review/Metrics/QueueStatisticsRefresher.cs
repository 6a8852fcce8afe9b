namespace Review.Metrics;

/// <summary>Keeps the gauges' snapshot fresh; a failed read keeps the last one rather than reporting zeros.</summary>
public sealed partial class QueueStatisticsRefresher(QueueStatisticsReader reader, ReviewMetrics metrics, ILogger<QueueStatisticsRefresher> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                try
                {
                    metrics.Update(await reader.ReadAsync(stoppingToken));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogRefreshFailed(logger, exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the review queue's statistics")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
