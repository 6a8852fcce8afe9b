namespace Verification.Worker.Checks;

/// <summary>
/// One step of the verification pipeline. The contract every check honours:
/// <list type="bullet">
/// <item>It looks at one aspect of the document and returns exactly one <see cref="Finding"/>:
/// <see cref="FindingOutcome.Pass"/>, <see cref="FindingOutcome.Reject"/> or <see cref="FindingOutcome.Review"/>
/// with a reason code, or <see cref="FindingOutcome.NotApplicable"/> when the document is not its business
/// (a PDF check on a JPEG, for instance).</item>
/// <item>The finding carries the measured value and the threshold it was held against, so an agent
/// and a student can see why.</item>
/// <item>It never throws for a bad document: bad input is a finding. An exception or a timeout is turned
/// into a review finding with <c>processing_failed</c> by <see cref="ChecksPipeline"/>.</item>
/// <item>It is stateless and thread-safe; per-document state (decoded images, opened PDFs) lives in
/// <see cref="DocumentUnderCheck"/> so later checks reuse it.</item>
/// </list>
/// Checks run in the order they are registered in <see cref="CheckRegistration"/>.
/// </summary>
public interface IDocumentCheck
{
    /// <summary>Stable, snake_case name shown to agents and in the verify output.</summary>
    string Name { get; }

    /// <summary>
    /// When true (the default) a reject ends the pipeline: later checks would only report noise
    /// about a file that is already refused for a more basic reason.
    /// </summary>
    bool StopsOnReject => true;

    ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken);
}
