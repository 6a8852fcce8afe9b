using System.Collections.Concurrent;
using MassTransit;

namespace ServiceDefaults.Messaging;

/// <summary>The queues this process consumes, learnt from MassTransit as each receive endpoint starts.</summary>
public sealed class ConsumedQueues : IReceiveEndpointObserver
{
    private readonly ConcurrentDictionary<string, bool> _queues = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _queues.Keys.ToList();

    public Task Ready(ReceiveEndpointReady ready)
    {
        // The bus's own reply queue is temporary and not worth watching.
        if (!ready.InputAddress.Query.Contains("temporary=true", StringComparison.Ordinal))
        {
            var name = ready.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            if (!string.IsNullOrEmpty(name))
            {
                _queues.TryAdd(name, true);
                if (!DeadLetterTopology.IsDeadLetterQueue(name))
                {
                    _queues.TryAdd(DeadLetterTopology.DeadLetterQueueFor(name), true);
                }
            }
        }
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
}
