using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ocr;
using Verification.Worker.BirthCertificates.Checks;
using Verification.Worker.BirthCertificates.Reading;
using Verification.Worker.Checks;

namespace Verification.Worker.BirthCertificates;

public static class BirthCertificateRegistration
{
    /// <summary>
    /// The birth-certificate checks, in order, with what they share: the per-document reading, the
    /// exemption list and the warm OCR engines. Called from <see cref="CheckRegistration"/>, right
    /// after the quality checks, so a blurry or cut page is refused for that before anyone reads it.
    /// </summary>
    public static IServiceCollection AddBirthCertificateChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BirthCertificateOptions>(configuration.GetSection(BirthCertificateOptions.Section));
        // One pool of warm engines per process, whoever registers it first (the identity checks use it too).
        if (!services.Any(d => d.ServiceType == typeof(TesseractEnginePool)))
        {
            services.AddOcr(configuration);
        }
        services.AddSingleton<TranslationExemptions>();
        services.AddSingleton<PageTextReader>();
        services.AddSingleton<CertificateReader>();

        services.AddSingleton<IDocumentCheck, CertificatePagesCheck>();
        services.AddSingleton<IDocumentCheck, CertificateOriginalCheck>();
        services.AddSingleton<IDocumentCheck, SwornTranslationCheck>();
        services.AddSingleton<IDocumentCheck, CertificateSurnameCheck>();
        services.AddSingleton<IDocumentCheck, CertificateBirthDateCheck>();
        return services;
    }
}
