using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using ServiceDefaults.Health;
using ServiceDefaults.Persistence;
using ServiceDefaults.Telemetry;

namespace ServiceDefaults;

public static class Extensions
{
    public const string ConnectionStringName = "Verification";

    /// <summary>What every service shares: telemetry, health checks, problem details and the database.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddVerificationTelemetry();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(TimeProvider.System);

        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not configured.");
        builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString)
            // Database calls are traced inside a trace (a request, a message) only: the relays' and pollers'
            // idle queries would otherwise each start a trace of their own, every second, and bury the useful ones.
            .ConfigureTracing(tracing => tracing
                .ConfigureCommandFilter(_ => Activity.Current is not null)
                .ConfigureBatchFilter(_ => Activity.Current is not null)
                .EnablePhysicalOpenTracing(false))
            .Build());
        // Registered before the bus, so the tables exist before the first message is consumed.
        builder.Services.AddHostedService<DatabaseSchema>();

        builder.Services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgres", tags: ["ready"]);
        return builder;
    }

    /// <summary>/health/live answers while the process runs; /health/ready only once its dependencies answer.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // Anonymous even where a service requires sign-in everywhere else: probes carry no credentials.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }
}
