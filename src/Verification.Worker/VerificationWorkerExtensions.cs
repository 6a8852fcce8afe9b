using Verification.Worker.Checks;
using Verification.Worker.Data;
using Verification.Worker.Policy;

namespace Verification.Worker;

public static class VerificationWorkerExtensions
{
    public static IHostApplicationBuilder AddVerificationWorker(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<DecisionPolicyOptions>(builder.Configuration.GetSection(DecisionPolicyOptions.Section));
        builder.Services.AddDocumentChecks();
        builder.Services.AddSingleton<VerificationStore>();
        return builder;
    }
}
