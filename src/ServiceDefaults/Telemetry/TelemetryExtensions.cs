using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ServiceDefaults.Telemetry;

internal static class TelemetryExtensions
{
    private static readonly string[] Sources = ["MassTransit", "Microsoft.AspNetCore", "Npgsql", VerificationTelemetry.Name];

    /// <summary>
    /// Builds the tracer and meter providers by hand (the hosting integration package is not available)
    /// and hands them to the container, which disposes them, and so flushes them, with the host.
    /// </summary>
    public static void AddVerificationTelemetry(this IHostApplicationBuilder builder)
    {
        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var resource = ResourceBuilder.CreateDefault().AddService(builder.Environment.ApplicationName);

        // Every log line carries the trace and span it was written in, so a log leads to its trace and back.
        builder.Logging.Configure(logging =>
            logging.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        builder.Services.Configure<SimpleConsoleFormatterOptions>(console => console.IncludeScopes = true);

        var tracing = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource).AddSource(Sources);
        var metrics = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource).AddMeter(Sources);
        if (exportOtlp)
        {
            tracing.AddOtlpExporter();
            metrics.AddOtlpExporter();
            builder.Logging.AddOpenTelemetry(logging =>
            {
                logging.SetResourceBuilder(resource);
                logging.IncludeFormattedMessage = true;
                logging.IncludeScopes = true;
                logging.AddOtlpExporter();
            });
        }
        builder.Services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, HttpServerSpans>();
        builder.Services.AddSingleton(tracing.Build());
        builder.Services.AddSingleton(metrics.Build());
    }
}
