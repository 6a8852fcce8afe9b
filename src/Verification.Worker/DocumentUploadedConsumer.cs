using Contracts;
using MassTransit;
using Verification.Worker.Checks;
using Verification.Worker.Data;

namespace Verification.Worker;

/// <summary>Runs the checks on an uploaded document and records exactly one decision for it.</summary>
public sealed partial class DocumentUploadedConsumer(
    VerificationStore store,
    ChecksPipeline pipeline,
    DocumentUnderCheckFactory documents,
    ILogger<DocumentUploadedConsumer> logger)
    : IConsumer<DocumentUploaded>
{
    public async Task Consume(ConsumeContext<DocumentUploaded> context)
    {
        var message = context.Message;
        if (await store.IsDecidedAsync(message.DocumentId, context.CancellationToken))
        {
            LogAlreadyDecided(logger, message.DocumentId);
            return;
        }
        var document = await store.LoadAsync(message.DocumentId, context.CancellationToken);
        if (document is null)
        {
            // Only possible if the row was deleted by hand after upload; there is nothing to decide on.
            LogMissing(logger, message.DocumentId);
            return;
        }

        using var underCheck = documents.Create(document.FileName, document.Type, document.Content, document.Applicant);
        var result = await pipeline.RunAsync(underCheck, context.CancellationToken);
        var saved = await store.SaveDecisionAsync(document, result, context.CancellationToken);
        if (saved)
        {
            LogDecided(logger, document.DocumentId, document.Type, result.Decision, string.Join(',', result.ReasonCodes));
        }
        else
        {
            LogAlreadyDecided(logger, message.DocumentId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} ({DocumentType}) decided {Decision} [{ReasonCodes}]")]
    private static partial void LogDecided(ILogger logger, Guid documentId, string documentType, string decision, string reasonCodes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} already has a decision; redelivery ignored")]
    private static partial void LogAlreadyDecided(ILogger logger, Guid documentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {DocumentId} is not in the database; nothing to verify")]
    private static partial void LogMissing(ILogger logger, Guid documentId);
}
