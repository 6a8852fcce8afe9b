using MassTransit;
using ServiceDefaults.Messaging;

namespace Verification.Worker;

public sealed class DocumentUploadedDeadLetterConsumerDefinition : ConsumerDefinition<DocumentUploadedDeadLetterConsumer>
{
    public DocumentUploadedDeadLetterConsumerDefinition()
    {
        // The dead-letter queue that DeadLetterTopology declares for the upload consumer's queue.
        EndpointName = DeadLetterTopology.DeadLetterQueueFor(KebabCaseEndpointNameFormatter.Instance.Consumer<DocumentUploadedConsumer>());
        ConcurrentMessageLimit = 2;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DocumentUploadedDeadLetterConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // Only what the broker dead-letters arrives here, never a fresh DocumentUploaded from its exchange.
        endpointConfigurator.ConfigureConsumeTopology = false;
        // No checks run here, only a load and an insert: a failure is the database, which deserves patience.
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(1000, 5000, 15000, 30000, 60000));
        // Still failing, the message goes back to this queue (which has no delivery limit) and waits for the database.
        endpointConfigurator.RethrowFaultedMessages();
    }
}
