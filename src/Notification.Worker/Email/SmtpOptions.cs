namespace Notification.Worker.Email;

/// <summary>Bound from "Smtp".</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 1025;
    public bool EnableSsl { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "ne-pas-repondre@assurance-maladie.local";
    public string FromName { get; set; } = "Assurance Maladie";
    public int TimeoutSeconds { get; set; } = 15;
}
