using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ServiceDefaults.Telemetry;

/// <summary>The pipeline's own trace source and meter, next to the MassTransit, ASP.NET Core and Npgsql ones.</summary>
public static class VerificationTelemetry
{
    public const string Name = "Verification";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);
}
