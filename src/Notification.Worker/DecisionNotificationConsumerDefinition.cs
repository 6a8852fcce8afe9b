using MassTransit;

namespace Notification.Worker;

public sealed class DecisionNotificationConsumerDefinition : ConsumerDefinition<DecisionNotificationConsumer>
{
    public DecisionNotificationConsumerDefinition()
    {
        ConcurrentMessageLimit = 8;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DecisionNotificationConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // SMTP outages last minutes, not milliseconds: widen the intervals past the sender's own quick retries.
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(1000, 5000, 15000, 30000, 60000));
    }
}
