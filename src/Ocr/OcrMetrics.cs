using System.Diagnostics.Metrics;

namespace Ocr;

/// <summary>
/// OCR time on the services' "Verification" meter (a meter is found by name, so this library needs no
/// reference to the services' telemetry): the figure that decides how many documents a worker checks per second.
/// </summary>
internal static class OcrMetrics
{
    private static readonly Meter Meter = new("Verification");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "verification.ocr.duration", "ms", "Wall time of one Tesseract recognition, layout analysis included");

    public static void RecordRecognition(TimeSpan elapsed, string languages) =>
        Duration.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("ocr.languages", languages));
}
