using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Verification.Worker.Checks;

namespace Verification.UnitTests.BirthCertificates;

/// <summary>
/// The production pipeline built once for a test class, so its OCR engines load once and are
/// released (with their native memory) when the class is done.
/// </summary>
public sealed class ProductionPipelineFixture : IDisposable
{
    private readonly ServiceProvider _services;

    public ProductionPipelineFixture()
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddVerificationChecks(new ConfigurationBuilder().Build());
        _services = services.BuildServiceProvider();
        Pipeline = _services.GetRequiredService<ChecksPipeline>();
        Factory = _services.GetRequiredService<DocumentUnderCheckFactory>();
    }

    public ChecksPipeline Pipeline { get; }

    public DocumentUnderCheckFactory Factory { get; }

    public void Dispose() => _services.Dispose();
}
