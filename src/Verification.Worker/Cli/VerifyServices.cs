using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verification.Worker.Checks;
using Verification.Worker.Identity;

namespace Verification.Worker.Cli;

internal static class VerifyServices
{
    /// <summary>The worker's checks and thresholds (same appsettings.json and environment), without its host.</summary>
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        // stdout carries the JSON results; anything a check logs goes to stderr, and only warnings.
        services.AddLogging(logging => logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(LogLevel.Warning));
        services.AddVerificationChecks(configuration);
        services.AddIdentityReading(configuration);
        return services.BuildServiceProvider();
    }
}
