using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Verification.Worker.Checks;
using Verification.Worker.Identity;
using Verification.Worker.Identity.Reading;

namespace Verification.UnitTests.Identity;

/// <summary>
/// The worker's identity services with real Tesseract engines, shared by the tests of a class: loading the
/// models once is what the warm pool is for. One engine per language set is enough for tests that run in turn.
/// </summary>
public sealed class IdentityServices : IDisposable
{
    private readonly ServiceProvider _provider;

    public IdentityServices()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Ocr:PoolSize"] = "1" })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddVerificationChecks(configuration);
        services.AddIdentityReading(configuration);
        _provider = services.BuildServiceProvider();
    }

    public MrzZoneReader Zones => _provider.GetRequiredService<MrzZoneReader>();

    public IIdentityReader Reader => _provider.GetRequiredService<IIdentityReader>();

    public DocumentUnderCheckFactory Documents => _provider.GetRequiredService<DocumentUnderCheckFactory>();

    public ChecksPipeline Pipeline => _provider.GetRequiredService<ChecksPipeline>();

    public void Dispose() => _provider.Dispose();
}
