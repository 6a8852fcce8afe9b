using Contracts;
using Mrz;
using Verification.Worker.Checks;

namespace Verification.Worker.Identity.Checks;

/// <summary>
/// Declared surname and given names against the MRZ, both written the MRZ way (transliterated, no accents,
/// apostrophes or hyphens, '&lt;' for spaces) by the MRZ library's <see cref="NameMatcher"/>.
/// </summary>
public sealed class NameMatchCheck : IDocumentCheck
{
    public string Name => CheckNames.MrzName;

    public bool StopsOnReject => false;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken) =>
        ValueTask.FromResult(IdentityComparisons.Run(Name, document, cancellationToken, (applicant, mrz, trusted) =>
        {
            var match = NameMatcher.Match(applicant.LastName, applicant.FirstNames, mrz);
            var why = match.Surname.Reason == match.GivenNames.Reason
                ? match.Surname.Reason
                : $"surname {match.Surname.Reason}; given names {match.GivenNames.Reason}";
            return ComparisonFinding.From(Name, ReasonCodes.NameMismatch, match.Outcome,
                $"{match.Surname.Declared}, {match.GivenNames.Declared}", $"{match.Surname.Mrz}, {match.GivenNames.Mrz}", why, trusted);
        }));
}
