using System.Text;
using Microsoft.Extensions.Options;

namespace Verification.Worker.FaultInjection;

/// <summary>Applies <see cref="FaultInjectionOptions"/> to a document about to be checked; does nothing when they are unset.</summary>
public sealed partial class FaultInjector
{
    private readonly byte[]? _crashMarker;
    private readonly byte[]? _failMarker;

    public FaultInjector(IOptions<FaultInjectionOptions> options, ILogger<FaultInjector> logger)
    {
        _crashMarker = Encode(options.Value.CrashMarker);
        _failMarker = Encode(options.Value.FailMarker);
        if (options.Value.Enabled)
        {
            LogEnabled(logger);
        }
    }

    public void BeforeChecks(Guid documentId, ReadOnlySpan<byte> content)
    {
        if (_crashMarker is not null && content.IndexOf(_crashMarker) >= 0)
        {
            Environment.FailFast($"Fault injection: document {documentId} carries the crash marker.");
        }
        if (_failMarker is not null && content.IndexOf(_failMarker) >= 0)
        {
            throw new InjectedFailureException($"Fault injection: document {documentId} carries the failure marker.");
        }
    }

    private static byte[]? Encode(string? marker) => string.IsNullOrEmpty(marker) ? null : Encoding.UTF8.GetBytes(marker);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fault injection is enabled: documents carrying a marker crash the worker or make it throw")]
    private static partial void LogEnabled(ILogger logger);
}

public sealed class InjectedFailureException(string message) : Exception(message);
