namespace Verification.IntegrationTests.Infrastructure;

/// <summary>
/// Keeps one service running the way a process supervisor (systemd, Kubernetes) would: when the process
/// dies, for whatever reason, a new one is started with the same settings. Counts the restarts, so a test
/// can tell a crash that was recovered from a restart loop.
/// </summary>
internal sealed class Supervisor : IAsyncDisposable
{
    private readonly string _project;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly List<ServiceProcess> _dead = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watch;
    private ServiceProcess _current;
    private int _restarts;

    public Supervisor(string project, IReadOnlyDictionary<string, string> environment)
    {
        _project = project;
        _environment = environment;
        _current = ServiceProcess.Start(project, environment);
        _watch = WatchAsync(_stop.Token);
    }

    public ServiceProcess Current => _current;

    public int Restarts => Volatile.Read(ref _restarts);

    /// <summary>The output of every incarnation, the dead ones first.</summary>
    public string Output
    {
        get
        {
            lock (_dead)
            {
                return string.Join("\n----- restarted -----\n", _dead.Select(p => p.Output).Append(_current.Output));
            }
        }
    }

    /// <summary>Waits until the process that runs now (perhaps a replacement) is ready.</summary>
    public async Task WaitUntilReadyAsync(HttpClient http, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                await _current.WaitUntilReadyAsync(http, deadline - DateTime.UtcNow);
                return;
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < deadline)
            {
                // It died while starting; the watcher starts another one.
                await Task.Delay(500);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watch.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _current.DisposeAsync();
        foreach (var dead in _dead)
        {
            await dead.DisposeAsync();
        }
        _stop.Dispose();
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(200, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (_current.HasExited && !cancellationToken.IsCancellationRequested)
            {
                lock (_dead)
                {
                    _dead.Add(_current);
                    _current = ServiceProcess.Start(_project, _environment);
                }
                Interlocked.Increment(ref _restarts);
            }
        }
    }
}
