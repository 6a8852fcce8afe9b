using MassTransit;

namespace Review.Messaging;

public sealed class AcceptSamplingConsumerDefinition : ConsumerDefinition<AcceptSamplingConsumer>
{
    public AcceptSamplingConsumerDefinition()
    {
        // Most messages are dismissed by the draw without touching the database.
        ConcurrentMessageLimit = 8;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<AcceptSamplingConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(500, 2000, 5000, 15000));
    }
}
