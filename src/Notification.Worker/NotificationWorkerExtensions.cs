using Microsoft.Extensions.Options;
using Notification.Worker.Data;
using Notification.Worker.Delivery;
using Notification.Worker.Email;
using Notification.Worker.Lifecycle;
using Notification.Worker.Rendering;

namespace Notification.Worker;

public static class NotificationWorkerExtensions
{
    public static IHostApplicationBuilder AddNotificationWorker(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmtpOptions>().Bind(builder.Configuration.GetSection(SmtpOptions.Section))
            .Validate(o => o.BreakDuration >= TimeSpan.FromSeconds(1) && o.TimeoutSeconds > 0, "Smtp:BreakDuration >= 1s, Smtp:TimeoutSeconds > 0")
            .ValidateOnStart();
        builder.Services.AddOptions<DeliveryOptions>().Bind(builder.Configuration.GetSection(DeliveryOptions.Section))
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.RetryBaseDelay > TimeSpan.Zero && o.RetryMaxDelay >= o.RetryBaseDelay
                && o.SendingLease > TimeSpan.Zero && o.SweepInterval > TimeSpan.Zero, "Notifications: intervals must be positive")
            .ValidateOnStart();
        builder.Services.AddOptions<ReminderOptions>().Bind(builder.Configuration.GetSection(ReminderOptions.Section))
            .Validate(o => o.Delay > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero && o.BatchSize > 0, "Reminders: Delay and PollInterval must be positive")
            .ValidateOnStart();

        // Loaded and checked once, at start: a missing or broken template stops the worker here.
        builder.Services.AddSingleton(services =>
            TemplateCatalog.Load(services.GetRequiredService<IOptions<DeliveryOptions>>().Value.TemplateDirectory ?? TemplateCatalog.DefaultDirectory));
        builder.Services.AddSingleton(services =>
            new NotificationComposer(services.GetRequiredService<TemplateCatalog>(), services.GetRequiredService<IOptions<DeliveryOptions>>().Value.PortalUrl).Validated());
        builder.Services.AddSingleton<NotificationWriter>();
        builder.Services.AddSingleton<DecisionNotifier>();
        builder.Services.AddSingleton<DeliveryLog>();
        builder.Services.AddSingleton<DeliveryMonitor>();
        builder.Services.AddSingleton<SmtpEmailSender>();
        builder.Services.AddSingleton<IEmailSender>(services => new MeteredEmailSender(services.GetRequiredService<SmtpEmailSender>()));
        builder.Services.AddHostedService<EmailDispatcher>();
        builder.Services.AddHostedService<ReminderDispatcher>();
        builder.Services.AddHealthChecks().AddCheck<DeliveryMonitor>("notifications", tags: ["ready"]);
        return builder;
    }
}
