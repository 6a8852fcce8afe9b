using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests.Notifications;

/// <summary>
/// Runs the stack's Notification.Worker with settings of a test's own (a reminder delay of seconds,
/// another SMTP port, a fault-injection hold) and puts the stack's own back when disposed.
/// </summary>
internal sealed class WorkerSettings : IAsyncDisposable
{
    public const string Project = "Notification.Worker";

    private readonly StackFixture _stack;

    private WorkerSettings(StackFixture stack, ServiceProcess worker)
    {
        _stack = stack;
        Worker = worker;
    }

    public ServiceProcess Worker { get; private set; }

    public static async Task<WorkerSettings> ApplyAsync(StackFixture stack, IReadOnlyDictionary<string, string> settings) =>
        new(stack, await stack.StartServiceAsync(Project, settings));

    /// <summary>Kills the worker and starts it again, e.g. with the fault injection off.</summary>
    public async Task RestartAsync(IReadOnlyDictionary<string, string> settings) =>
        Worker = await _stack.StartServiceAsync(Project, settings);

    public async ValueTask DisposeAsync() => await _stack.StartServiceAsync(Project);
}
