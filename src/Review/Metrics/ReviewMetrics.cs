using System.Diagnostics;
using System.Diagnostics.Metrics;
using Review.Queue;
using ServiceDefaults.Telemetry;

namespace Review.Metrics;

/// <summary>
/// The review figures on the "Verification" meter. The queue gauges report the latest snapshot taken by
/// <see cref="QueueStatisticsRefresher"/>: a gauge callback runs on the exporter's thread and must not query.
/// </summary>
public sealed class ReviewMetrics
{
    private readonly Histogram<double> _timeToResolve = VerificationTelemetry.Meter.CreateHistogram<double>(
        "review.item.time_to_resolve", "s", "From the item entering the queue to an agent resolving it");

    private readonly Counter<long> _resolved = VerificationTelemetry.Meter.CreateCounter<long>(
        "review.items.resolved", "{item}", "Items resolved by agents, by kind and decision");

    private readonly Counter<long> _created = VerificationTelemetry.Meter.CreateCounter<long>(
        "review.items.created", "{item}", "Items added to the queue, by kind");

    private volatile Snapshot? _latest;

    public ReviewMetrics(TimeProvider clock)
    {
        VerificationTelemetry.Meter.CreateObservableGauge("review.queue.depth", () => _latest is { } s
            ? [new Measurement<int>(s.Statistics.Open, new KeyValuePair<string, object?>("status", "open")),
               new Measurement<int>(s.Statistics.Claimed, new KeyValuePair<string, object?>("status", "claimed"))]
            : Array.Empty<Measurement<int>>(), "{item}", "Unresolved items in the review queue");
        VerificationTelemetry.Meter.CreateObservableGauge("review.queue.oldest_item_age", () => _latest is { Statistics.OldestCreatedAt: { } oldest }
            ? [new Measurement<double>((clock.GetUtcNow() - oldest).TotalSeconds)]
            : Array.Empty<Measurement<double>>(), "s", "Age of the oldest unresolved item");
        VerificationTelemetry.Meter.CreateObservableGauge("review.sample.agreement_rate", () => _latest is { Statistics.AgreementRate: { } rate }
            ? [new Measurement<double>(rate)]
            : Array.Empty<Measurement<double>>(), "1", "Share of sampled automatic accepts that agents also accepted (the machine's precision)");
    }

    public QueueStatistics? Latest => _latest?.Statistics;

    public void Update(QueueStatistics statistics) => _latest = new Snapshot(statistics);

    public void RecordCreated(string kind) => _created.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void RecordResolved(string kind, string decision, TimeSpan timeToResolve)
    {
        var tags = new TagList { { "kind", kind }, { "decision", decision } };
        _resolved.Add(1, tags);
        _timeToResolve.Record(Math.Max(0, timeToResolve.TotalSeconds), tags);
    }

    private sealed record Snapshot(QueueStatistics Statistics);
}
