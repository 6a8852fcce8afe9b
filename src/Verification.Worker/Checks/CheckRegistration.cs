using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verification.Worker.BirthCertificates;
using Verification.Worker.Identity.Checks;
using Verification.Worker.Policy;
using Verification.Worker.Quality;

namespace Verification.Worker.Checks;

public static class CheckRegistration
{
    /// <summary>
    /// The pipeline, in order: cheapest and most basic first, so a file is refused for the most
    /// fundamental reason it has. Add a check here and nowhere else. The worker and the `verify`
    /// command both call this, so they can never run different checks.
    /// </summary>
    public static IServiceCollection AddVerificationChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<QualityOptions>(configuration.GetSection(QualityOptions.Section));
        services.Configure<DecisionPolicyOptions>(configuration.GetSection(DecisionPolicyOptions.Section));

        services.AddSingleton<IDocumentCheck, EmptyFileCheck>();
        services.AddSingleton<IDocumentCheck, FileSizeCheck>();
        services.AddSingleton<IDocumentCheck, FileFormatCheck>();
        services.AddSingleton<IDocumentCheck, PdfPasswordCheck>();
        services.AddSingleton<IDocumentCheck, PdfIntegrityCheck>();
        services.AddSingleton<IDocumentCheck, PageCountCheck>();
        services.AddSingleton<IDocumentCheck, PageSizeCheck>();
        services.AddSingleton<IDocumentCheck, ImageIntegrityCheck>();
        services.AddSingleton<IDocumentCheck, ResolutionCheck>();
        services.AddSingleton<IDocumentCheck, BlurCheck>();
        services.AddSingleton<IDocumentCheck, CroppedEdgesCheck>();
        // Identity (passports, identity cards, visas): the MRZ is read once, by the first of these.
        services.AddSingleton<IDocumentCheck, MrzCheck>();
        services.AddSingleton<IDocumentCheck, NameMatchCheck>();
        services.AddSingleton<IDocumentCheck, BirthDateMatchCheck>();
        services.AddSingleton<IDocumentCheck, NationalityMatchCheck>();
        services.AddSingleton<IDocumentCheck, DocumentExpiryCheck>();
        services.AddSingleton<IDocumentCheck, VisaTypeCheck>();
        services.AddSingleton<IDocumentCheck, VisaValidityCheck>();
        // Birth certificates: every page read once, then the translation rules and the holder's name and date.
        services.AddBirthCertificateChecks(configuration);

        services.AddSingleton<DecisionPolicy>();
        services.AddSingleton<ChecksPipeline>();
        services.AddSingleton<DocumentUnderCheckFactory>();
        return services;
    }
}
