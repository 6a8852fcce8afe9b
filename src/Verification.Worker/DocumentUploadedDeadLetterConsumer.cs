using Contracts;
using MassTransit;
using Microsoft.Extensions.Options;
using ServiceDefaults.Messaging;
using ServiceDefaults.Telemetry;
using Verification.Worker.Data;
using Verification.Worker.DeadLetters;
using Verification.Worker.Telemetry;

namespace Verification.Worker;

/// <summary>
/// Ends in manual review, with reason <c>processing_failed</c>, every upload the broker gave up on: one that
/// killed the worker, or kept failing, on each of its deliveries. Same store and outbox path as any decision,
/// so the student is told and an agent sees it, once however often this message arrives.
/// </summary>
public sealed partial class DocumentUploadedDeadLetterConsumer(
    VerificationStore store,
    FailureLog failures,
    IOptions<RabbitMqOptions> rabbit,
    ILogger<DocumentUploadedDeadLetterConsumer> logger)
    : IConsumer<DocumentUploaded>
{
    public async Task Consume(ConsumeContext<DocumentUploaded> context)
    {
        var message = context.Message;
        var document = await store.LoadAsync(message.DocumentId, context.CancellationToken);
        if (document is null)
        {
            LogMissing(logger, message.DocumentId);
            return;
        }
        var death = DeathRecord.From(context.ReceiveContext.TransportHeaders);
        var note = await failures.FindAsync(message.DocumentId, context.CancellationToken);
        var result = ProcessingFailedDecision.For(death, note, rabbit.Value.DeliveryLimit);

        using var activity = VerificationTelemetry.Source.StartActivity("record decision");
        activity?.SetTag("document.type", document.Type);
        activity?.SetTag("decision", result.Decision);
        activity?.SetTag("decision.rule", result.Rule);
        if (await store.SaveDecisionAsync(document, result, context.CancellationToken))
        {
            VerificationMetrics.RecordDeadLettered(document.Type);
            LogDeadLettered(logger, document.DocumentId, document.Type, death.Reason, note is null ? "none (crash)" : note.LastError);
        }
        else
        {
            LogAlreadyDecided(logger, message.DocumentId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Document {DocumentId} ({DocumentType}) dead-lettered ({Reason}); sent to manual review as processing_failed; last error: {LastError}")]
    private static partial void LogDeadLettered(ILogger logger, Guid documentId, string documentType, string reason, string lastError);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dead-lettered document {DocumentId} already has a decision; nothing to do")]
    private static partial void LogAlreadyDecided(ILogger logger, Guid documentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dead-lettered document {DocumentId} is not in the database; nothing to decide")]
    private static partial void LogMissing(ILogger logger, Guid documentId);
}
