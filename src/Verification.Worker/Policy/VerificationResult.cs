using Verification.Worker.Checks;

namespace Verification.Worker.Policy;

/// <summary>A decision and everything needed to explain it: the findings and the rule that turned them into the decision.</summary>
public sealed record VerificationResult(
    string Decision,
    string Rule,
    IReadOnlyList<string> ReasonCodes,
    IReadOnlyList<Finding> Findings);
