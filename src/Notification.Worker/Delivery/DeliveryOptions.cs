namespace Notification.Worker.Delivery;

/// <summary>Bound from "Notifications".</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Notifications";

    /// <summary>Where students sign in to upload; named in every e-mail that asks for a document.</summary>
    public string PortalUrl { get; set; } = "https://etudiant-etranger.ameli.fr";

    /// <summary>Overrides the Templates folder shipped beside the worker.</summary>
    public string? TemplateDirectory { get; set; }

    /// <summary>The safety-net poll; a new notification wakes the dispatcher at once through NOTIFY.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First wait after a failed send, doubled per attempt up to <see cref="RetryMaxDelay"/>, forever: nothing is dropped.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a row may stay 'sending' before it is declared in doubt. Must outlast the slowest
    /// send (every SMTP attempt and its timeout), or a live send would be flagged.
    /// </summary>
    public TimeSpan SendingLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often stale 'sending' rows are looked for and the backlog counted.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Fault injection for the crash tests: wait this long between the SMTP server's acceptance and
    /// the 'sent' record, so a test can kill the worker in that window. Zero (off) in production.
    /// </summary>
    public TimeSpan HoldAfterSend { get; set; } = TimeSpan.Zero;
}
