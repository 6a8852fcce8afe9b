using System.Globalization;

namespace Verification.Worker;

/// <summary>
/// In-process retries of an upload's consumer before the message goes back to the broker, bound from
/// "VerificationRetry". They ride out a database or broker blink; the tests shorten them.
/// </summary>
public sealed class VerificationRetryOptions
{
    public const string Section = "VerificationRetry";

    /// <summary>Comma-separated milliseconds (a plain string: the binder merges arrays with their defaults).</summary>
    public string IntervalsMs { get; set; } = "500,2000,5000,15000";

    public int[] Intervals() =>
        IntervalsMs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(value => int.Parse(value, CultureInfo.InvariantCulture)).ToArray();
}
