using Notification.Worker.Data;
using Notification.Worker.Email;

namespace Notification.Worker;

public static class NotificationWorkerExtensions
{
    public static IHostApplicationBuilder AddNotificationWorker(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SmtpOptions>(builder.Configuration.GetSection(SmtpOptions.Section));
        builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
        builder.Services.AddSingleton<NotificationLog>();
        builder.Services.AddSingleton<RecipientDirectory>();
        return builder;
    }
}
