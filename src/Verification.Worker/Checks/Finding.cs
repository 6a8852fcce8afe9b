using System.Text.Json.Serialization;

namespace Verification.Worker.Checks;

[JsonConverter(typeof(JsonStringEnumConverter<FindingOutcome>))]
public enum FindingOutcome
{
    [JsonStringEnumMemberName("pass")] Pass,
    [JsonStringEnumMemberName("reject")] Reject,
    [JsonStringEnumMemberName("review")] Review,
    [JsonStringEnumMemberName("not_applicable")] NotApplicable,
}

/// <summary>What one check saw: the outcome, why (reason code), and the measurement behind it.</summary>
public sealed record Finding(
    string Name,
    FindingOutcome Outcome,
    string? ReasonCode,
    string? Value,
    string? Threshold,
    double Confidence,
    string? Detail)
{
    /// <summary>
    /// The machine-readable zone, on the finding of the check that read it: stored with the findings so the
    /// review console can put it beside the declared data. Absent from every other finding.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Identity.MrzReport? Mrz { get; init; }

    public static Finding Pass(string name, string? value = null, string? threshold = null, string? detail = null, double confidence = 1.0) =>
        new(name, FindingOutcome.Pass, null, value, threshold, confidence, detail);

    public static Finding Reject(string name, string reasonCode, string? value = null, string? threshold = null, string? detail = null, double confidence = 1.0) =>
        new(name, FindingOutcome.Reject, reasonCode, value, threshold, confidence, detail);

    public static Finding Review(string name, string reasonCode, string? value = null, string? threshold = null, string? detail = null, double confidence = 0.5) =>
        new(name, FindingOutcome.Review, reasonCode, value, threshold, confidence, detail);

    public static Finding NotApplicable(string name, string detail) =>
        new(name, FindingOutcome.NotApplicable, null, null, null, 1.0, detail);
}
