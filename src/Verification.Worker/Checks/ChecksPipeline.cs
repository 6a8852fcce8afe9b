using System.Diagnostics;
using Contracts;
using Microsoft.Extensions.Logging;
using ServiceDefaults.Telemetry;
using Verification.Worker.Policy;

namespace Verification.Worker.Checks;

/// <summary>
/// Runs the registered checks in order and hands their findings to the decision policy.
/// Each check is bounded in time and isolated: a check that throws or overruns becomes a
/// <c>processing_failed</c> review finding, so a hostile file ends in front of an agent, not in a crash.
/// </summary>
public sealed partial class ChecksPipeline(IEnumerable<IDocumentCheck> checks, DecisionPolicy policy, ILogger<ChecksPipeline> logger)
{
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(20);

    private readonly IReadOnlyList<IDocumentCheck> _checks = checks.ToList();

    public IReadOnlyList<string> CheckNames => _checks.Select(c => c.Name).ToList();

    public async Task<VerificationResult> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>(_checks.Count);
        foreach (var check in _checks)
        {
            var finding = await RunOneAsync(check, document, cancellationToken);
            findings.Add(finding);
            if (finding.Outcome == FindingOutcome.Reject && check.StopsOnReject)
            {
                break;
            }
            if (finding.ReasonCode == ReasonCodes.ProcessingFailed)
            {
                // The document may still be in use by the overrunning native call; stop touching it.
                break;
            }
        }
        return policy.Decide(document.DocumentType, findings);
    }

    private async Task<Finding> RunOneAsync(IDocumentCheck check, DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        using var activity = VerificationTelemetry.Source.StartActivity($"check {check.Name}");
        var started = Stopwatch.GetTimestamp();
        try
        {
            // Task.Run so that a check blocked in native code cannot hold this consumer past the deadline.
            var finding = await Task.Run(() => check.RunAsync(document, cancellationToken).AsTask(), cancellationToken)
                .WaitAsync(CheckTimeout, cancellationToken);
            activity?.SetTag("check.outcome", finding.Outcome.ToString());
            return finding;
        }
        catch (TimeoutException)
        {
            LogCheckTimedOut(logger, check.Name, CheckTimeout.TotalSeconds);
            return Finding.Review(check.Name, ReasonCodes.ProcessingFailed, "timed out", $"<= {CheckTimeout.TotalSeconds} s",
                "the check did not finish in time", confidence: 0);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogCheckFailed(logger, exception, check.Name);
            return Finding.Review(check.Name, ReasonCodes.ProcessingFailed, "error", null, exception.GetType().Name, confidence: 0);
        }
        finally
        {
            CheckDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("check", check.Name));
        }
    }

    private static readonly System.Diagnostics.Metrics.Histogram<double> CheckDuration =
        VerificationTelemetry.Meter.CreateHistogram<double>("verification.check.duration", "ms", "Duration of each check");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Check {CheckName} did not finish within {TimeoutSeconds} s")]
    private static partial void LogCheckTimedOut(ILogger logger, string checkName, double timeoutSeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Check {CheckName} failed")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception, string checkName);
}
