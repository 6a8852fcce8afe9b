using Contracts;

namespace Notification.Worker.Lifecycle;

/// <summary>
/// The reminder track of a rejected document: stage 1 sends reminder 1, stage 2 reminder 2, stage 3
/// closes the dossier, each one <see cref="ReminderOptions.Delay"/> after the previous step. The
/// closure waits a full delay after reminder 2 so the last reminder leaves the student time to act.
/// </summary>
public static class ReminderPlan
{
    public const int FirstReminder = 1;
    public const int SecondReminder = 2;
    public const int Closure = 3;

    public static DateTimeOffset FirstDue(DateTimeOffset rejectedAt, TimeSpan delay) => rejectedAt + delay;

    public static string KindFor(int stage) => stage switch
    {
        FirstReminder => NotificationKinds.Reminder1,
        SecondReminder => NotificationKinds.Reminder2,
        Closure => NotificationKinds.DossierClosed,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Reminder stages are 1, 2 and 3."),
    };

    /// <summary>The next step is counted from now, not from the plan: a worker back from an outage gives the full delay again.</summary>
    public static DateTimeOffset NextDue(DateTimeOffset now, TimeSpan delay) => now + delay;

    /// <summary>When the dossier closes if nothing arrives, as the reminder of <paramref name="stage"/> announces it.</summary>
    public static DateTimeOffset ClosingAt(int stage, DateTimeOffset now, TimeSpan delay) => now + (Closure - stage) * delay;
}
