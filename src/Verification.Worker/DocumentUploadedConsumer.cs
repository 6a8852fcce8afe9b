using Contracts;
using MassTransit;
using ServiceDefaults.Telemetry;
using Verification.Worker.Checks;
using Verification.Worker.Data;
using Verification.Worker.FaultInjection;
using Verification.Worker.Telemetry;

namespace Verification.Worker;

/// <summary>Runs the checks on an uploaded document and records exactly one decision for it.</summary>
public sealed partial class DocumentUploadedConsumer(
    VerificationStore store,
    ChecksPipeline pipeline,
    DocumentUnderCheckFactory documents,
    FailureLog failures,
    FaultInjector faultInjector,
    TimeProvider clock,
    ILogger<DocumentUploadedConsumer> logger)
    : IConsumer<DocumentUploaded>
{
    public async Task Consume(ConsumeContext<DocumentUploaded> context)
    {
        try
        {
            await VerifyAsync(context.Message, context.CancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Noted for the decision taken if the broker gives up on this message (see the definition).
            await failures.TryRecordAsync(context.Message.DocumentId, exception);
            throw;
        }
    }

    private async Task VerifyAsync(DocumentUploaded message, CancellationToken cancellationToken)
    {
        if (await store.IsDecidedAsync(message.DocumentId, cancellationToken))
        {
            LogAlreadyDecided(logger, message.DocumentId);
            return;
        }
        var document = await store.LoadAsync(message.DocumentId, cancellationToken);
        if (document is null)
        {
            // Only possible if the row was deleted by hand after upload; there is nothing to decide on.
            LogMissing(logger, message.DocumentId);
            return;
        }
        faultInjector.BeforeChecks(document.DocumentId, document.Content);

        using var underCheck = documents.Create(document.FileName, document.Type, document.Content, document.Applicant);
        var result = await pipeline.RunAsync(underCheck, cancellationToken);

        using var activity = VerificationTelemetry.Source.StartActivity("record decision");
        activity?.SetTag("document.type", document.Type);
        activity?.SetTag("decision", result.Decision);
        activity?.SetTag("decision.rule", result.Rule);
        activity?.SetTag("decision.reason_codes", string.Join(',', result.ReasonCodes));
        var saved = await store.SaveDecisionAsync(document, result, cancellationToken);
        if (saved)
        {
            VerificationMetrics.RecordDecision(document.Type, result.Decision, clock.GetUtcNow() - message.UploadedAt);
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
