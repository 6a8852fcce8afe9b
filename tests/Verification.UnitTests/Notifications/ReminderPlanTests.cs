using Contracts;
using Notification.Worker.Delivery;
using Notification.Worker.Lifecycle;

namespace Verification.UnitTests.Notifications;

public class ReminderPlanTests
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    [Fact]
    public void Two_reminders_then_the_closure_each_one_delay_apart()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        var rejectedAt = clock.GetUtcNow();
        var due = ReminderPlan.FirstDue(rejectedAt, Week);
        var fired = new List<(string Kind, DateTimeOffset At)>();
        for (var stage = ReminderPlan.FirstReminder; stage <= ReminderPlan.Closure; stage++)
        {
            clock.AdvanceTo(due);
            fired.Add((ReminderPlan.KindFor(stage), clock.GetUtcNow()));
            due = ReminderPlan.NextDue(clock.GetUtcNow(), Week);
        }

        Assert.Equal([NotificationKinds.Reminder1, NotificationKinds.Reminder2, NotificationKinds.DossierClosed], fired.Select(f => f.Kind));
        Assert.Equal([rejectedAt + Week, rejectedAt + 2 * Week, rejectedAt + 3 * Week], fired.Select(f => f.At));
    }

    [Fact]
    public void Each_reminder_announces_when_the_dossier_will_close()
    {
        var now = new DateTimeOffset(2026, 9, 8, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal(now + 2 * Week, ReminderPlan.ClosingAt(ReminderPlan.FirstReminder, now, Week));
        Assert.Equal(now + Week, ReminderPlan.ClosingAt(ReminderPlan.SecondReminder, now, Week));
    }

    [Fact]
    public void A_worker_back_from_an_outage_still_gives_the_full_delay_before_the_next_step()
    {
        var lateRun = new DateTimeOffset(2026, 9, 20, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal(lateRun + Week, ReminderPlan.NextDue(lateRun, Week));
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(4, 40)]
    [InlineData(30, 300)]
    public void Failed_sends_back_off_exponentially_up_to_the_cap(int attempts, int expectedSeconds)
    {
        var delay = RetrySchedule.Delay(attempts, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), jitter: 0.5);
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    [Fact]
    public void Retry_jitter_stays_within_twenty_percent()
    {
        Assert.Equal(TimeSpan.FromSeconds(8), RetrySchedule.Delay(2, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), jitter: 0));
        Assert.True(RetrySchedule.Delay(2, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), jitter: 0.999) < TimeSpan.FromSeconds(12));
    }

    /// <summary>A clock the test moves by hand, the way the worker's injected TimeProvider lets tests drive time.</summary>
    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void AdvanceTo(DateTimeOffset instant) => _now = instant;
    }
}
