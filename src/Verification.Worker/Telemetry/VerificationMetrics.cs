using System.Diagnostics;
using System.Diagnostics.Metrics;
using ServiceDefaults.Telemetry;

namespace Verification.Worker.Telemetry;

/// <summary>The worker's figures on the "Verification" meter, beside the per-check durations the pipeline records.</summary>
public static class VerificationMetrics
{
    private static readonly Counter<long> Decided = VerificationTelemetry.Meter.CreateCounter<long>(
        "verification.documents.decided", "{document}", "Documents decided by the machine, by type and decision");

    private static readonly Counter<long> DeadLettered = VerificationTelemetry.Meter.CreateCounter<long>(
        "verification.documents.dead_lettered", "{document}", "Documents the broker gave up on after its delivery limit (crashes, repeated failures)");

    private static readonly Histogram<double> UploadToDecision = VerificationTelemetry.Meter.CreateHistogram<double>(
        "verification.upload_to_decision", "s", "From the upload being stored to the decision being recorded");

    public static void RecordDecision(string documentType, string decision, TimeSpan sinceUpload)
    {
        var tags = new TagList { { "document.type", documentType }, { "decision", decision } };
        Decided.Add(1, tags);
        UploadToDecision.Record(Math.Max(0, sinceUpload.TotalSeconds), tags);
    }

    public static void RecordDeadLettered(string documentType) =>
        DeadLettered.Add(1, new KeyValuePair<string, object?>("document.type", documentType));
}
