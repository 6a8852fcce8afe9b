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

    /// <summary>One attempt's limit, connection included.</summary>
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>Quick retries within one send, for a relay that blinks; longer outages are the dispatcher's.</summary>
    public int Retries { get; set; } = 2;

    /// <summary>How long the circuit stays open once most recent attempts failed: no connection is tried meanwhile.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
