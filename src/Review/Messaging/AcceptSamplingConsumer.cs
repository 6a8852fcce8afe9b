using Contracts;
using MassTransit;
using Microsoft.Extensions.Options;
using Review.Metrics;
using Review.Queue;

namespace Review.Messaging;

/// <summary>
/// Sends a configurable share of the machine's automatic accepts to the agents as "sample" items.
/// The document stays accepted; the agents' verdicts measure how often the machine was right.
/// Accepts made by agents are not sampled: there is no machine to measure.
/// </summary>
public sealed partial class AcceptSamplingConsumer(ReviewQueue queue, ReviewMetrics metrics, IOptions<ReviewOptions> options,
    ILogger<AcceptSamplingConsumer> logger) : IConsumer<DocumentAccepted>
{
    public const string MachineDecider = "machine";

    public async Task Consume(ConsumeContext<DocumentAccepted> context)
    {
        var message = context.Message;
        if (message.DecidedBy != MachineDecider || !AcceptSampler.IsSampled(message.DocumentId, options.Value.SampleRate))
        {
            return;
        }
        var added = await queue.AddAsync(message.DocumentId, message.DossierId, message.DocumentType, ReviewKinds.Sample, [],
            message.DecidedAt, context.CancellationToken);
        if (added)
        {
            metrics.RecordCreated(ReviewKinds.Sample);
            LogSampled(logger, message.DocumentId, message.DocumentType);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Automatic accept of {DocumentId} ({DocumentType}) sampled for review")]
    private static partial void LogSampled(ILogger logger, Guid documentId, string documentType);
}
