using Contracts;
using Verification.Worker.Checks;
using Verification.Worker.Data;
using Verification.Worker.Policy;

namespace Verification.Worker.DeadLetters;

/// <summary>The decision for a document the machine could not process: an agent decides, and the findings say why.</summary>
public static class ProcessingFailedDecision
{
    public const string Rule = "delivery_limit_exceeded";

    public static VerificationResult For(DeathRecord death, FailureNote? note, int deliveryLimit)
    {
        var deliveries = death.DeliveryCount is { } count ? $"{count} deliveries" : $"more than {deliveryLimit + 1} deliveries";
        var detail = note is null
            ? $"the worker stopped while checking this document every time it was tried (crash, out of memory or killed); broker: {death.Reason}"
            : $"the checks failed {note.Failures} times; last error: {note.LastError}; broker: {death.Reason}";
        var finding = Finding.Review(CheckNames.Pipeline, ReasonCodes.ProcessingFailed, deliveries,
            $"<= {deliveryLimit + 1} deliveries", detail, confidence: 0);
        return new VerificationResult(Decisions.ManualReview, Rule, [ReasonCodes.ProcessingFailed], [finding]);
    }
}
