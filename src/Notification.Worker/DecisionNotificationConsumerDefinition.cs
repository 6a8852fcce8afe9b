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
        // The consumer only writes to PostgreSQL (SMTP is the dispatcher's): these retries ride out a
        // database restart; past them the quorum queue's redelivery takes over.
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(500, 2000, 5000, 15000, 30000));
    }
}
