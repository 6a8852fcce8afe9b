using Contracts;
using Microsoft.Extensions.Options;
using Verification.Worker.Checks;

namespace Verification.Worker.Policy;

/// <summary>
/// The one place findings become a decision. Any reject wins (the student must act), then any
/// doubt (an agent must look), then acceptance if the machine is allowed to accept this type.
/// </summary>
public sealed class DecisionPolicy(IOptions<DecisionPolicyOptions> options)
{
    public const string RuleRejectedByFinding = "a_check_rejected";
    public const string RuleReviewByFinding = "a_check_is_unsure";
    public const string RuleAllPassed = "all_checks_passed";
    public const string RuleNoAutomaticAcceptance = "no_automatic_acceptance_for_type";

    public VerificationResult Decide(string documentType, IReadOnlyList<Finding> findings)
    {
        var rejects = CodesWith(findings, FindingOutcome.Reject);
        if (rejects.Count > 0)
        {
            return new VerificationResult(Decisions.Rejected, RuleRejectedByFinding, rejects, findings);
        }
        var doubts = CodesWith(findings, FindingOutcome.Review);
        if (doubts.Count > 0)
        {
            return new VerificationResult(Decisions.ManualReview, RuleReviewByFinding, doubts, findings);
        }
        return options.Value.AutoAcceptTypes.Contains(documentType, StringComparer.Ordinal)
            ? new VerificationResult(Decisions.Accepted, RuleAllPassed, [], findings)
            : new VerificationResult(Decisions.ManualReview, RuleNoAutomaticAcceptance, [], findings);
    }

    private static List<string> CodesWith(IEnumerable<Finding> findings, FindingOutcome outcome) =>
        findings.Where(f => f.Outcome == outcome && f.ReasonCode is not null).Select(f => f.ReasonCode!).Distinct().ToList();
}
