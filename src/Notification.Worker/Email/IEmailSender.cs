namespace Notification.Worker.Email;

public interface IEmailSender
{
    /// <summary>
    /// Sends or throws; a return means the SMTP server accepted the message. <paramref name="stopRetrying"/>
    /// ends the retries, never an attempt in flight: cutting a session mid-DATA is what leaves a
    /// message in doubt.
    /// </summary>
    Task SendAsync(EmailMessage message, CancellationToken stopRetrying);
}
