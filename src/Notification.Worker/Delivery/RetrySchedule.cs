namespace Notification.Worker.Delivery;

/// <summary>
/// When a notification whose send failed is tried again: exponential from the base delay, capped,
/// with ±20% jitter so that a backlog built up during an outage does not return as one burst.
/// </summary>
public static class RetrySchedule
{
    /// <param name="attempts">Attempts made so far, at least 1.</param>
    /// <param name="jitter">A number in [0, 1), e.g. <see cref="Random.NextDouble"/>.</param>
    public static TimeSpan Delay(int attempts, TimeSpan baseDelay, TimeSpan maxDelay, double jitter)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 20);
        var raw = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(raw * (0.8 + 0.4 * jitter));
    }
}
