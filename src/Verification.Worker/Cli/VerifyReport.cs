using System.Text.Json;
using System.Text.Json.Serialization;
using Verification.Worker.Checks;
using Verification.Worker.Identity;
using Verification.Worker.Policy;

namespace Verification.Worker.Cli;

internal sealed record CheckReport(string Name, FindingOutcome Outcome, string? Code, string? Value, string? Threshold, string? Detail);

/// <summary>One line of `verify` output.</summary>
internal sealed record VerifyReport(
    string File,
    string Type,
    string Decision,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<CheckReport> Checks,
    long ElapsedMs)
{
    /// <summary>For passports, identity cards and visas: the zone as read (absent when none was read).</summary>
    public MrzReport? Mrz { get; init; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static VerifyReport From(string file, string type, VerificationResult result, DocumentUnderCheck document, TimeSpan elapsed) =>
        new(file, type, result.Decision, result.ReasonCodes,
            result.Findings.Select(f => new CheckReport(f.Name, f.Outcome, f.ReasonCode, f.Value, f.Threshold, f.Detail)).ToList(),
            (long)elapsed.TotalMilliseconds)
        {
            Mrz = MrzReport.From(document.IdentityIfRead),
        };
}
