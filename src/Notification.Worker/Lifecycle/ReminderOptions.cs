namespace Notification.Worker.Lifecycle;

/// <summary>Bound from "Reminders".</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>From the rejection to reminder 1, from reminder 1 to reminder 2, and from reminder 2 to closure.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often due steps are looked for; the delay is only as precise as this.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    public int BatchSize { get; set; } = 50;
}
