using MassTransit;

namespace Review.Messaging;

public sealed class ManualReviewRequestedConsumerDefinition : ConsumerDefinition<ManualReviewRequestedConsumer>
{
    public ManualReviewRequestedConsumerDefinition()
    {
        // One short insert per message; a handful at a time keeps the connection pool for the agents.
        ConcurrentMessageLimit = 4;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ManualReviewRequestedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // Only the database can fail here; give it time to come back before the broker's redelivery takes over.
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(500, 2000, 5000, 15000));
    }
}
