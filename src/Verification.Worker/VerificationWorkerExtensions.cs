using Verification.Worker.Checks;
using Verification.Worker.Data;

namespace Verification.Worker;

public static class VerificationWorkerExtensions
{
    public static IHostApplicationBuilder AddVerificationWorker(this IHostApplicationBuilder builder)
    {
        builder.Services.AddVerificationChecks(builder.Configuration);
        builder.Services.AddSingleton<VerificationStore>();
        return builder;
    }
}
