using Microsoft.Extensions.DependencyInjection;
using Verification.Worker.Policy;

namespace Verification.Worker.Checks;

public static class CheckRegistration
{
    /// <summary>
    /// The pipeline, in order: cheapest and most basic first, so a file is refused for the most
    /// fundamental reason it has. Add a check here and nowhere else.
    /// </summary>
    public static IServiceCollection AddDocumentChecks(this IServiceCollection services)
    {
        services.AddSingleton<IDocumentCheck, EmptyFileCheck>();
        services.AddSingleton<IDocumentCheck, FileSizeCheck>();
        services.AddSingleton<IDocumentCheck, FileFormatCheck>();
        services.AddSingleton<IDocumentCheck, PdfPasswordCheck>();
        services.AddSingleton<IDocumentCheck, PdfIntegrityCheck>();

        services.AddSingleton<DecisionPolicy>();
        services.AddSingleton<ChecksPipeline>();
        return services;
    }
}
