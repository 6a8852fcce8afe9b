using Spectre.Console;

namespace Verification.Worker.Cli;

/// <summary>A progress bar on stderr for a batch, shown only when a person is watching the terminal.</summary>
internal sealed class VerifyProgress : IAsyncDisposable
{
    private readonly ProgressTask? _task;
    private readonly TaskCompletionSource _finished = new();
    private readonly Task _rendering = Task.CompletedTask;

    private VerifyProgress()
    {
    }

    private VerifyProgress(ProgressTask task, Task rendering, TaskCompletionSource finished)
    {
        _task = task;
        _rendering = rendering;
        _finished = finished;
    }

    public static VerifyProgress Start(int files)
    {
        if (files < 2 || Console.IsErrorRedirected)
        {
            return new VerifyProgress();
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var started = new TaskCompletionSource<ProgressTask>();
        var finished = new TaskCompletionSource();
        var rendering = console.Progress().AutoClear(true).StartAsync(async context =>
        {
            started.SetResult(context.AddTask("verifying", maxValue: files));
            await finished.Task;
        });
        return new VerifyProgress(started.Task.GetAwaiter().GetResult(), rendering, finished);
    }

    public void Advance(string file)
    {
        if (_task is not null)
        {
            _task.Description = Markup.Escape(file);
            _task.Increment(1);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _finished.TrySetResult();
        await _rendering;
    }
}
