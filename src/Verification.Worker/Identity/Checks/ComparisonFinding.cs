using Mrz;
using Verification.Worker.Checks;

namespace Verification.Worker.Identity.Checks;

/// <summary>
/// Turns a comparison of declared data with the MRZ into a finding: value is what the document says,
/// threshold what the dossier declares. A mismatch is rejected only when every check digit of the zone
/// agreed: a zone that did not validate may be misread, so the doubt goes to an agent instead.
/// </summary>
internal static class ComparisonFinding
{
    public static Finding From(string name, string reasonCode, MatchOutcome outcome, string declared, string read, string why, bool mrzValid)
    {
        var value = $"MRZ: {read}";
        var threshold = $"declared: {declared}";
        return outcome switch
        {
            MatchOutcome.Exact => Finding.Pass(name, value, threshold, why),
            MatchOutcome.Mismatch when mrzValid => Finding.Reject(name, reasonCode, value, threshold, why, confidence: 0.9),
            MatchOutcome.Mismatch => Finding.Review(name, reasonCode, value, threshold,
                $"{why}; the zone's check digits did not all agree, so it may be misread"),
            _ => Finding.Review(name, reasonCode, value, threshold, $"near miss: {why}"),
        };
    }
}
