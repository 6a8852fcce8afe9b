namespace Notification.Worker.Email;

public interface IEmailSender
{
    /// <summary>Sends or throws; a return means the SMTP server accepted the message.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
