using Verification.Worker.Checks;
using Verification.Worker.Identity.Matching;

namespace Verification.Worker.Identity.Checks;

/// <summary>
/// Turns a comparison of declared data with the MRZ into a finding: value is what the document says,
/// threshold what the dossier declares. A mismatch is rejected only when every check digit of the zone
/// agreed: a zone that did not validate may be misread, so the doubt goes to an agent instead.
/// </summary>
internal static class ComparisonFinding
{
    public static Finding From(string name, string reasonCode, Comparison comparison, bool mrzValid)
    {
        var value = $"MRZ: {comparison.Read}";
        var threshold = $"declared: {comparison.Declared}";
        return comparison.Level switch
        {
            MatchLevel.Match => Finding.Pass(name, value, threshold, comparison.Why),
            MatchLevel.Mismatch when mrzValid => Finding.Reject(name, reasonCode, value, threshold, comparison.Why, confidence: 0.9),
            MatchLevel.Mismatch => Finding.Review(name, reasonCode, value, threshold,
                $"{comparison.Why}; the zone's check digits did not all agree, so it may be misread"),
            _ => Finding.Review(name, reasonCode, value, threshold, $"near miss: {comparison.Why}"),
        };
    }
}
