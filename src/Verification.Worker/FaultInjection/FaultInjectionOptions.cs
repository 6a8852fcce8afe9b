namespace Verification.Worker.FaultInjection;

/// <summary>
/// Test-only failure drills, bound from "FaultInjection". Both are off unless configured, and
/// production configuration never sets them: they exist so the integration tests can prove what
/// happens to a document that crashes the worker, or makes it throw, every time it is tried.
/// </summary>
public sealed class FaultInjectionOptions
{
    public const string Section = "FaultInjection";

    /// <summary>A document whose bytes contain this text ends the process at once (Environment.FailFast), like a native crash.</summary>
    public string? CrashMarker { get; set; }

    /// <summary>A document whose bytes contain this text makes the consumer throw on every attempt.</summary>
    public string? FailMarker { get; set; }

    public bool Enabled => !string.IsNullOrEmpty(CrashMarker) || !string.IsNullOrEmpty(FailMarker);
}
