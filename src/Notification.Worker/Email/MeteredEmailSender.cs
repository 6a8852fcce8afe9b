using System.Diagnostics;
using System.Diagnostics.Metrics;
using ServiceDefaults.Telemetry;

namespace Notification.Worker.Email;

/// <summary>
/// Counts e-mails sent and failed, by kind, and times each send, around the real sender. A decorator, so
/// the figures cover whatever sends (SMTP today) and the sender itself stays about SMTP only.
/// </summary>
public sealed class MeteredEmailSender(IEmailSender inner) : IEmailSender
{
    private static readonly Counter<long> Sent = VerificationTelemetry.Meter.CreateCounter<long>(
        "notification.emails.sent", "{email}", "E-mails the SMTP server accepted, by kind");

    private static readonly Counter<long> Failed = VerificationTelemetry.Meter.CreateCounter<long>(
        "notification.emails.failed", "{email}", "Sends that failed after the sender's own retries, by kind (retried later)");

    private static readonly Histogram<double> Duration = VerificationTelemetry.Meter.CreateHistogram<double>(
        "notification.email.send_duration", "ms", "Time to hand one e-mail to the SMTP server, retries included");

    public async Task SendAsync(EmailMessage message, CancellationToken stopRetrying)
    {
        // The idempotency key is "{document or dossier}:{kind}"; the kind is all a metric may carry.
        var kind = message.IdempotencyKey[(message.IdempotencyKey.LastIndexOf(':') + 1)..];
        var tag = new KeyValuePair<string, object?>("notification.kind", kind);
        using var activity = VerificationTelemetry.Source.StartActivity("email send", ActivityKind.Client);
        activity?.SetTag("notification.kind", kind);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await inner.SendAsync(message, stopRetrying);
            Sent.Add(1, tag);
        }
        catch (Exception exception)
        {
            Failed.Add(1, tag);
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
        finally
        {
            Duration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tag);
        }
    }
}
