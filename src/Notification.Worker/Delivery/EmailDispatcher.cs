using Microsoft.Extensions.Options;
using Notification.Worker.Data;
using Notification.Worker.Email;
using Npgsql;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Notification.Worker.Delivery;

/// <summary>
/// Sends the recorded notifications. The queue is the notification log itself, not the broker: an
/// SMTP outage of minutes or days only grows the 'pending' rows, which are retried with a capped
/// backoff for as long as it takes, in each student's order, and survive restarts. Each row is
/// committed 'sending' before SMTP is called and 'sent' after, so a crash in between can never
/// lead to a second e-mail (<see cref="DeliveryMonitor"/> reports such a row).
/// </summary>
public sealed partial class EmailDispatcher(
    NpgsqlDataSource dataSource,
    DeliveryLog log,
    IEmailSender sender,
    DeliveryMonitor monitor,
    IOptions<DeliveryOptions> options,
    IOptions<SmtpOptions> smtp,
    TimeProvider clock,
    ILogger<EmailDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan FailureBackoff = TimeSpan.FromSeconds(2);

    private readonly DeliveryOptions _options = options.Value;

    // The outcome of a send must land, or the row ends in doubt: keep trying through a database blip.
    private readonly ResiliencePipeline _record = new ResiliencePipelineBuilder { TimeProvider = clock }
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>().Handle<TimeoutException>(),
            MaxRetryAttempts = 8,
            Delay = TimeSpan.FromMilliseconds(500),
            BackoffType = DelayBackoffType.Exponential,
            MaxDelay = TimeSpan.FromSeconds(10),
            UseJitter = true,
        })
        .Build();

    private enum Step { Sent, Idle, Failed, CircuitOpen }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var wakeup = new ChannelListener(dataSource, NotificationQueue.Channel);
        var nextSweep = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (clock.GetUtcNow() >= nextSweep)
                {
                    await monitor.SweepAsync(stoppingToken);
                    nextSweep = clock.GetUtcNow() + _options.SweepInterval;
                }
                switch (await DeliverNextAsync(stoppingToken))
                {
                    case Step.Idle:
                        await wakeup.WaitAsync(_options.PollInterval, stoppingToken);
                        break;
                    case Step.CircuitOpen:
                        // No connection would be tried anyway; new rows can wait with the others.
                        await Task.Delay(smtp.Value.BreakDuration, clock, stoppingToken);
                        break;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                LogDispatchFailed(logger, exception);
                await Task.Delay(FailureBackoff, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<Step> DeliverNextAsync(CancellationToken stoppingToken)
    {
        var delivery = await log.ClaimNextAsync(clock.GetUtcNow(), stoppingToken);
        if (delivery is null)
        {
            return Step.Idle;
        }
        try
        {
            await sender.SendAsync(new EmailMessage(delivery.Recipient, delivery.Subject, delivery.TextBody, delivery.HtmlBody, delivery.Key,
                delivery.MessageId), stoppingToken);
        }
        catch (BrokenCircuitException)
        {
            await _record.ExecuteAsync(async ct => await log.ReturnUntriedAsync(delivery.Key, ct), CancellationToken.None);
            LogCircuitOpen(logger, delivery.Key, smtp.Value.BreakDuration);
            return Step.CircuitOpen;
        }
        catch (Exception exception) when (SmtpFailures.IsPermanent(exception))
        {
            await _record.ExecuteAsync(async ct => await log.MarkFailedAsync(delivery.Key, exception.Message, ct), CancellationToken.None);
            LogRefused(logger, exception, delivery.Key);
            return Step.Failed;
        }
        catch (Exception exception)
        {
            // Nothing reached the server, or the server said no: safe to send again later.
            var retryAt = clock.GetUtcNow() + RetrySchedule.Delay(delivery.Attempts, _options.RetryBaseDelay, _options.RetryMaxDelay, Random.Shared.NextDouble());
            await _record.ExecuteAsync(async ct => await log.RetryLaterAsync(delivery.Key, retryAt, exception.Message, ct), CancellationToken.None);
            LogWillRetry(logger, delivery.Key, delivery.Attempts, retryAt, exception.Message);
            return Step.Failed;
        }

        if (_options.HoldAfterSend > TimeSpan.Zero)
        {
            LogHolding(logger, delivery.Key, _options.HoldAfterSend);
            await Task.Delay(_options.HoldAfterSend, clock, CancellationToken.None);
        }
        await _record.ExecuteAsync(async ct => await log.MarkSentAsync(delivery.Key, clock.GetUtcNow(), ct), CancellationToken.None);
        LogSent(logger, delivery.Key, delivery.Attempts);
        return Step.Sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent notification {NotificationKey} (attempt {Attempt})")]
    private static partial void LogSent(ILogger logger, string notificationKey, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationKey} not sent (attempt {Attempt}); next try at {RetryAt}: {Error}")]
    private static partial void LogWillRetry(ILogger logger, string notificationKey, int attempt, DateTimeOffset retryAt, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "SMTP circuit open: {NotificationKey} and the rest wait {Pause}")]
    private static partial void LogCircuitOpen(ILogger logger, string notificationKey, TimeSpan pause);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification {NotificationKey} refused for good by the SMTP server; marked failed")]
    private static partial void LogRefused(ILogger logger, Exception exception, string notificationKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fault injection: holding {NotificationKey} for {Hold} between SMTP and the log")]
    private static partial void LogHolding(ILogger logger, string notificationKey, TimeSpan hold);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification dispatch failed; retrying")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);
}
