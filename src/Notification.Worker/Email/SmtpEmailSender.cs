using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Notification.Worker.Email;

/// <summary>
/// SMTP through the framework's client (the usual MIME package is not available here): plain text
/// and HTML as multipart/alternative. Every attempt passes a Polly pipeline: retries with jitter for
/// a relay that blinks, then a circuit breaker, so that during an outage sends fail at once with
/// <see cref="BrokenCircuitException"/> instead of each waiting out a connection timeout.
/// </summary>
public sealed partial class SmtpEmailSender : IEmailSender
{
    private static readonly ResiliencePropertyKey<CancellationToken> StopRetrying = new("stop-retrying");

    // Set when this send's failure opened the circuit: retrying into an open circuit is pointless,
    // and the failure then reaches the caller as the attempt it was, not as "circuit open".
    private static readonly ResiliencePropertyKey<bool> OpenedCircuit = new("opened-circuit");

    private readonly SmtpOptions _options;
    private readonly ResiliencePipeline _pipeline;

    public SmtpEmailSender(IOptions<SmtpOptions> options, TimeProvider clock, ILogger<SmtpEmailSender> logger)
    {
        _options = options.Value;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(
                    !args.Context.Properties.GetValue(StopRetrying, CancellationToken.None).IsCancellationRequested
                    && !args.Context.Properties.GetValue(OpenedCircuit, false)
                    && SmtpFailures.IsTransient(args.Outcome.Exception)),
                MaxRetryAttempts = Math.Max(1, _options.Retries),
                Delay = TimeSpan.FromSeconds(1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    LogRetry(logger, args.AttemptNumber + 1, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(SmtpFailures.IsTransient(args.Outcome.Exception)),
                FailureRatio = 0.5,
                MinimumThroughput = 3,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = _options.BreakDuration,
                OnOpened = args =>
                {
                    args.Context.Properties.Set(OpenedCircuit, true);
                    LogCircuitOpened(logger, args.BreakDuration, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    LogCircuitClosed(logger);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(TimeSpan.FromSeconds(_options.TimeoutSeconds))
            .Build();
    }

    public async Task SendAsync(EmailMessage message, CancellationToken stopRetrying)
    {
        // The attempt itself only ends by its own timeout: see IEmailSender.
        var context = ResilienceContextPool.Shared.Get(CancellationToken.None);
        context.Properties.Set(StopRetrying, stopRetrying);
        try
        {
            await _pipeline.ExecuteAsync(static (ctx, state) => new ValueTask(state.Self.SendOnceAsync(state.Message, ctx.CancellationToken)),
                context, (Self: this, Message: message));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task SendOnceAsync(EmailMessage message, CancellationToken cancellationToken)
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
            HeadersEncoding = Encoding.UTF8,
            // The plain text is the body; the HTML is its alternative: multipart/alternative, text first.
            Body = message.TextBody,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        var html = AlternateView.CreateAlternateViewFromString(message.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html);
        html.TransferEncoding = TransferEncoding.QuotedPrintable;
        mail.AlternateViews.Add(html);
        mail.Headers.Add("Message-ID", message.MessageId);
        mail.Headers.Add("X-Notification-Key", message.IdempotencyKey);
        await client.SendMailAsync(mail, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMTP send failed, attempt {Attempt} follows: {Error}")]
    private static partial void LogRetry(ILogger logger, int attempt, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "SMTP circuit opened for {BreakDuration}: {Error}")]
    private static partial void LogCircuitOpened(ILogger logger, TimeSpan breakDuration, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "SMTP circuit closed: the server answers again")]
    private static partial void LogCircuitClosed(ILogger logger);
}
