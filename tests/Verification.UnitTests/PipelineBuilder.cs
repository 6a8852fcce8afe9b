using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Verification.Worker.Checks;
using Verification.Worker.Policy;
using Verification.Worker.Quality;

namespace Verification.UnitTests;

internal static class PipelineBuilder
{
    /// <summary>The production pipeline, in its registered order, with no broker or database.</summary>
    public static ChecksPipeline Production()
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddVerificationChecks(new ConfigurationBuilder().Build());
        return services.BuildServiceProvider().GetRequiredService<ChecksPipeline>();
    }

    public static DocumentUnderCheck Document(string fileName, string documentType, byte[] content, Applicant? applicant = null) =>
        new DocumentUnderCheckFactory(Microsoft.Extensions.Options.Options.Create(new QualityOptions())).Create(fileName, documentType, content, applicant);

    public static ChecksPipeline With(params IDocumentCheck[] checks) =>
        new(checks, new DecisionPolicy(Microsoft.Extensions.Options.Options.Create(new DecisionPolicyOptions())), NullLogger<ChecksPipeline>.Instance);
}
