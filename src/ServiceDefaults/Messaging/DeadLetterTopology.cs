using MassTransit;

namespace ServiceDefaults.Messaging;

/// <summary>
/// The queue arguments every receive endpoint gets: a quorum queue with an explicit delivery limit, and a
/// dead-letter exchange and queue of its own ("{queue}-dead-letter") that receive what went past the limit.
/// </summary>
/// <remarks>
/// Dead-lettering is at-least-once (RabbitMQ 3.10+): the source queue keeps the message until the
/// dead-letter queue has confirmed it, so a message is never dropped on its way to the dead-letter queue.
/// That strategy is only honoured with <c>x-overflow: reject-publish</c>. The broker cannot change the
/// arguments of an existing queue: a queue declared without them must be deleted once (deploy/local/up.sh
/// does that for the local stack).
/// </remarks>
public static class DeadLetterTopology
{
    public const string Suffix = "-dead-letter";

    public static string DeadLetterQueueFor(string queueName) => queueName + Suffix;

    public static bool IsDeadLetterQueue(string queueName) => queueName.EndsWith(Suffix, StringComparison.Ordinal);

    /// <summary>Applies the arguments to a consumer's queue, and declares and binds its dead-letter queue.</summary>
    public static void Apply(IRabbitMqReceiveEndpointConfigurator endpoint, string queueName, int deliveryLimit)
    {
        endpoint.SetQuorumQueue();
        if (IsDeadLetterQueue(queueName))
        {
            // The last stop: no limit, so a message waits here (for its consumer, or an operator) rather than vanish.
            return;
        }
        endpoint.SetQueueArgument("x-delivery-limit", deliveryLimit);
        endpoint.SetQueueArgument("x-dead-letter-strategy", "at-least-once");
        endpoint.SetQueueArgument("x-overflow", "reject-publish");
        var deadLetterQueue = DeadLetterQueueFor(queueName);
        // Declares the exchange and the queue (with the very arguments its own receive endpoint, if any, declares)
        // and sets x-dead-letter-exchange on this queue.
        endpoint.BindDeadLetterQueue(deadLetterQueue, deadLetterQueue, queue => queue.SetQuorumQueue());
    }
}
