using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Npgsql;
using Review.Agents;
using Review.Api;
using Review.Auth;
using Review.Evidence;
using Review.Metrics;
using Review.Queue;
using Review.Rendering;

namespace Review;

public static class ReviewExtensions
{
    public static IHostApplicationBuilder AddReview(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ReviewOptions>(builder.Configuration.GetSection(ReviewOptions.Section));
        builder.Services.AddSingleton<AgentStore>();
        // After DatabaseSchema (registered by AddServiceDefaults): the agents table must exist.
        builder.Services.AddHostedService<AgentSeeder>();
        builder.Services.AddSingleton<ReviewQueue>();
        builder.Services.AddSingleton<ReviewResolver>();
        builder.Services.AddSingleton<ItemEvidenceReader>();
        builder.Services.AddSingleton<PdfPageRenderer>();
        builder.Services.AddSingleton<DocumentPages>();
        builder.Services.AddSingleton<QueueStatisticsReader>();
        builder.Services.AddSingleton<ReviewMetrics>();
        builder.Services.AddHostedService<QueueStatisticsRefresher>();

        builder.Services.AddAgentAuthentication();
        builder.Services.AddDataProtection().SetApplicationName("cpam-review");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<NpgsqlDataSource>((keys, dataSource) => keys.XmlRepository = new PostgresXmlRepository(dataSource));
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "cpam-review-antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddRazorPages();
        return builder;
    }

    public static WebApplication UseReview(this WebApplication app)
    {
        // Tools get problem details; agents get a page they can read and a way back to the queue.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), pages =>
        {
            pages.UseExceptionHandler("/error/500");
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapPageImages();
        app.MapReviewApi();
        return app;
    }
}
