using Verification.Worker.Checks;
using Verification.Worker.Data;
using Verification.Worker.FaultInjection;
using Verification.Worker.Identity;

namespace Verification.Worker;

public static class VerificationWorkerExtensions
{
    public static IHostApplicationBuilder AddVerificationWorker(this IHostApplicationBuilder builder)
    {
        builder.Services.AddVerificationChecks(builder.Configuration);
        builder.Services.AddIdentityReading(builder.Configuration);
        builder.Services.AddSingleton<VerificationStore>();
        builder.Services.AddSingleton<FailureLog>();
        builder.Services.Configure<FaultInjectionOptions>(builder.Configuration.GetSection(FaultInjectionOptions.Section));
        builder.Services.AddSingleton<FaultInjector>();
        builder.Services.Configure<VerificationRetryOptions>(builder.Configuration.GetSection(VerificationRetryOptions.Section));
        return builder;
    }
}
