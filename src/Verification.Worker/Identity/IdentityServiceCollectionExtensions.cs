using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ocr;
using Verification.Worker.Identity.Reading;
using Verification.Worker.Identity.Visa;

namespace Verification.Worker.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Warm Tesseract engines ("Ocr" section) and the readers the identity checks use ("Identity" section).
    /// The worker and the `verify` command both call this after <c>AddVerificationChecks</c>.
    /// </summary>
    public static IServiceCollection AddIdentityReading(this IServiceCollection services, IConfiguration configuration)
    {
        // One pool of warm engines per process, whoever registers it first (the birth-certificate checks use it too).
        if (!services.Any(d => d.ServiceType == typeof(TesseractEnginePool)))
        {
            services.AddOcr(configuration);
        }
        // One engine per document checked at once: DocumentUploadedConsumerDefinition lets one document per
        // core through, so a pool smaller than the core count would make consumers queue for OCR.
        services.PostConfigure<OcrOptions>(ocr => ocr.PoolSize = Math.Max(ocr.PoolSize, Environment.ProcessorCount));
        services.Configure<IdentityOptions>(configuration.GetSection(IdentityOptions.Section));
        services.AddSingleton<MrzZoneReader>();
        services.AddSingleton<VisaZoneReader>();
        services.AddSingleton<IIdentityReader, IdentityReader>();
        return services;
    }
}
