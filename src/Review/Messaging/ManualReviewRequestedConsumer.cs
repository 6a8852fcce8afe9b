using Contracts;
using MassTransit;
using Review.Metrics;
using Review.Queue;

namespace Review.Messaging;

/// <summary>Puts a document the machine was unsure of in front of the agents, once however often the event arrives.</summary>
public sealed partial class ManualReviewRequestedConsumer(ReviewQueue queue, ReviewMetrics metrics, ILogger<ManualReviewRequestedConsumer> logger)
    : IConsumer<ManualReviewRequested>
{
    public async Task Consume(ConsumeContext<ManualReviewRequested> context)
    {
        var message = context.Message;
        var added = await queue.AddAsync(message.DocumentId, message.DossierId, message.DocumentType, ReviewKinds.Manual,
            message.ReasonCodes, message.RequestedAt, context.CancellationToken);
        if (added)
        {
            metrics.RecordCreated(ReviewKinds.Manual);
            LogQueued(logger, message.DocumentId, message.DocumentType, string.Join(',', message.ReasonCodes));
        }
        else
        {
            LogAlreadyQueued(logger, message.DocumentId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} ({DocumentType}) queued for review [{ReasonCodes}]")]
    private static partial void LogQueued(ILogger logger, Guid documentId, string documentType, string reasonCodes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} is already in the review queue; redelivery ignored")]
    private static partial void LogAlreadyQueued(ILogger logger, Guid documentId);
}
