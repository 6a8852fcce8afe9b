using MassTransit;

namespace Verification.Worker;

public sealed class DocumentUploadedConsumerDefinition : ConsumerDefinition<DocumentUploadedConsumer>
{
    public DocumentUploadedConsumerDefinition()
    {
        // One document per core: the checks are CPU-bound (decoding, rendering, OCR).
        ConcurrentMessageLimit = Environment.ProcessorCount;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DocumentUploadedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // Retries cover the database or broker blinking; a bad file never throws (it becomes a finding).
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(500, 2000, 5000, 15000));
    }
}
