using MassTransit;
using Microsoft.Extensions.Options;

namespace Verification.Worker;

public sealed class DocumentUploadedConsumerDefinition : ConsumerDefinition<DocumentUploadedConsumer>
{
    private readonly int[] _retryIntervals;

    public DocumentUploadedConsumerDefinition(IOptions<VerificationRetryOptions> retry)
    {
        _retryIntervals = retry.Value.Intervals();
        // One document per core: the checks are CPU-bound (decoding, rendering, OCR).
        ConcurrentMessageLimit = Environment.ProcessorCount;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DocumentUploadedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            // Hold no more than is being worked on: a killed worker returns (and so counts a delivery against)
            // only the documents it was actually checking, not a prefetched backlog.
            rabbit.PrefetchCount = Environment.ProcessorCount;
        }
        // Retries cover the database or broker blinking; a bad file never throws (it becomes a finding).
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(_retryIntervals));
        // Past the retries, the message goes back to its queue rather than to MassTransit's _error queue:
        // the broker counts deliveries, crashes included, and past the queue's delivery limit moves it to
        // document-uploaded-dead-letter, where DocumentUploadedDeadLetterConsumer ends it in manual review.
        // One path for "it keeps throwing" and "it keeps killing the worker", and nothing parked unseen.
        endpointConfigurator.RethrowFaultedMessages();
    }
}
