using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Notification.Worker.Data;
using ServiceDefaults.Telemetry;

namespace Notification.Worker.Delivery;

/// <summary>
/// Makes the two states an operator must know about visible: the backlog waiting for SMTP
/// (<c>notification.pending</c>) and the notifications in doubt (<c>notification.in_doubt</c>), which
/// are never resent automatically. Each in-doubt row is logged once, with its Message-ID to search
/// the relay for, and keeps the health check "Degraded" until an operator settles it
/// (docs/notifications.md).
/// </summary>
public sealed partial class DeliveryMonitor : IHealthCheck
{
    private readonly DeliveryLog _log;
    private readonly DeliveryOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<DeliveryMonitor> _logger;
    private long _pending;
    private long _inDoubt;

    public DeliveryMonitor(DeliveryLog log, IOptions<DeliveryOptions> options, TimeProvider clock, ILogger<DeliveryMonitor> logger)
    {
        (_log, _options, _clock, _logger) = (log, options.Value, clock, logger);
        VerificationTelemetry.Meter.CreateObservableGauge("notification.pending", () => Interlocked.Read(ref _pending),
            description: "Notifications waiting to be e-mailed");
        VerificationTelemetry.Meter.CreateObservableGauge("notification.in_doubt", () => Interlocked.Read(ref _inDoubt),
            description: "Notifications that may or may not have reached SMTP; never resent automatically");
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = _clock.GetUtcNow() - _options.SendingLease;
        foreach (var row in await _log.MarkStaleAsInDoubtAsync(cutoff, cancellationToken))
        {
            LogInDoubt(_logger, row.Key, row.MessageId, row.SendingSince);
        }
        var (pending, inDoubt) = await _log.CountAsync(cancellationToken);
        Interlocked.Exchange(ref _pending, pending);
        Interlocked.Exchange(ref _inDoubt, inDoubt);
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var inDoubt = Interlocked.Read(ref _inDoubt);
        var pending = Interlocked.Read(ref _pending);
        return Task.FromResult(inDoubt > 0
            ? HealthCheckResult.Degraded($"{inDoubt} notification(s) in doubt, {pending} pending: see docs/notifications.md")
            : HealthCheckResult.Healthy($"{pending} notification(s) pending"));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification {NotificationKey} is IN DOUBT: the worker stopped after handing it to SMTP "
        + "(since {SendingSince}) and before recording the outcome. It will not be resent automatically. Search the relay for Message-ID "
        + "{MessageId}, then set its status to 'sent', or to 'pending' to resend it")]
    private static partial void LogInDoubt(ILogger logger, string notificationKey, string messageId, DateTimeOffset sendingSince);
}
