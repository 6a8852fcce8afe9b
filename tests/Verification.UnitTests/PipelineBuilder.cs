using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Verification.Worker.Checks;
using Verification.Worker.Policy;

namespace Verification.UnitTests;

internal static class PipelineBuilder
{
    /// <summary>The production pipeline, in its registered order, with no broker or database.</summary>
    public static ChecksPipeline Production()
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddOptions<DecisionPolicyOptions>();
        services.AddDocumentChecks();
        return services.BuildServiceProvider().GetRequiredService<ChecksPipeline>();
    }

    public static ChecksPipeline With(params IDocumentCheck[] checks) =>
        new(checks, new DecisionPolicy(Microsoft.Extensions.Options.Options.Create(new DecisionPolicyOptions())), NullLogger<ChecksPipeline>.Instance);
}
