using System.Net.Mail;
using System.Net.Sockets;
using Polly.Timeout;

namespace Notification.Worker.Email;

/// <summary>Which SMTP failures are worth another try.</summary>
public static class SmtpFailures
{
    /// <summary>The server refused this recipient for good (5xx): sending again cannot help.</summary>
    public static bool IsPermanent(Exception? exception) =>
        exception is SmtpFailedRecipientException failed && (int)failed.StatusCode is >= 500 and < 600;

    /// <summary>Unreachable, timed out, busy, or any refusal other than a permanent one for the recipient.</summary>
    public static bool IsTransient(Exception? exception) =>
        exception is SmtpException or IOException or SocketException or TimeoutRejectedException or TimeoutException
        && !IsPermanent(exception);
}
