using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ocr;

public static class OcrServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="TesseractEnginePool"/> configured from the "Ocr" section
    /// (TessdataPath, PoolSize, DefaultDeadlineMs, RentTimeoutMs, EngineMode, WarmUpLanguages), and a
    /// hosted service that loads the WarmUpLanguages engines before the host starts taking work.
    /// </summary>
    public static IServiceCollection AddOcr(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<OcrOptions>()
            .Bind(configuration.GetSection(OcrOptions.SectionName))
            .Validate(o => o.PoolSize >= 1, "Ocr:PoolSize must be at least 1.")
            .Validate(o => o.DefaultDeadlineMs >= 1, "Ocr:DefaultDeadlineMs must be positive.")
            .Validate(o => o.RentTimeoutMs >= 0, "Ocr:RentTimeoutMs must not be negative.")
            .Validate(o => Directory.Exists(o.TessdataPath),
                "Ocr:TessdataPath does not exist; install tesseract-ocr-eng and tesseract-ocr-fra or fix the path.")
            .ValidateOnStart();

        services.AddSingleton(sp => new TesseractEnginePool(
            sp.GetRequiredService<IOptions<OcrOptions>>().Value,
            sp.GetService<ILoggerFactory>()));
        services.AddHostedService<OcrWarmUpService>();
        return services;
    }
}

/// <summary>Loads the configured engines at startup, so the first documents do not pay for model loading.</summary>
internal sealed class OcrWarmUpService(TesseractEnginePool pool, IOptions<OcrOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.WarmUpLanguages.Length == 0
            ? Task.CompletedTask
            : pool.WarmUpAsync(options.Value.WarmUpLanguages, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
