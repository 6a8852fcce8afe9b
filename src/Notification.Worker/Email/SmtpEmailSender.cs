using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Notification.Worker.Email;

/// <summary>
/// SMTP through the framework's client (the usual MIME package is not available here), with Polly
/// retries for the transient failures mail relays are known for.
/// </summary>
public sealed partial class SmtpEmailSender(IOptions<SmtpOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    private readonly SmtpOptions _options = options.Value;

    private readonly ResiliencePipeline _resilience = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<SmtpException>().Handle<IOException>().Handle<TimeoutException>(),
            MaxRetryAttempts = 3,
            Delay = TimeSpan.FromMilliseconds(500),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            OnRetry = args =>
            {
                LogRetry(logger, args.AttemptNumber + 1, args.Outcome.Exception?.Message);
                return ValueTask.CompletedTask;
            },
        })
        .AddTimeout(TimeSpan.FromSeconds(options.Value.TimeoutSeconds * 2))
        .Build();

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
        _resilience.ExecuteAsync(async ct =>
        {
            using var client = new SmtpClient(_options.Host, _options.Port)
            {
                EnableSsl = _options.EnableSsl,
                Timeout = _options.TimeoutSeconds * 1000,
                DeliveryMethod = SmtpDeliveryMethod.Network,
            };
            if (!string.IsNullOrEmpty(_options.Username))
            {
                client.Credentials = new NetworkCredential(_options.Username, _options.Password);
            }
            using var mail = new MailMessage(new MailAddress(_options.From, _options.FromName), new MailAddress(message.To))
            {
                Subject = message.Subject,
                SubjectEncoding = Encoding.UTF8,
                Body = message.TextBody,
                BodyEncoding = Encoding.UTF8,
                IsBodyHtml = false,
            };
            mail.Headers.Add("X-Notification-Key", message.IdempotencyKey);
            await client.SendMailAsync(mail, ct);
        }, cancellationToken).AsTask();

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMTP send failed, attempt {Attempt} follows: {Error}")]
    private static partial void LogRetry(ILogger logger, int attempt, string? error);
}
