using Intake.Api;
using Intake.Data;
using Microsoft.AspNetCore.Http.Features;

namespace Intake;

public static class IntakeExtensions
{
    public static IHostApplicationBuilder AddIntake(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<IntakeOptions>(builder.Configuration.GetSection(IntakeOptions.Section));
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton<DossierStore>();
        builder.Services.AddSingleton<DocumentStore>();

        // The hard cap sits well above the 4 MB rule on purpose: a 5 MB file must reach the checks,
        // be stored and be refused with a sentence, not bounce off the web server with a bare 413.
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = UploadLimits.HardCapBytes);
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
            kestrel.Limits.MaxRequestBodySize = UploadLimits.ServerReadLimitBytes);
        return builder;
    }
}
