using Contracts;
using Verification.Worker.Checks;
using Verification.Worker.Identity.Matching;

namespace Verification.Worker.Identity.Checks;

/// <summary>Declared surname and given names against the MRZ, written the MRZ way (no accents, '&lt;' for spaces).</summary>
public sealed class NameMatchCheck : IDocumentCheck
{
    public string Name => CheckNames.MrzName;

    public bool StopsOnReject => false;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken) =>
        ValueTask.FromResult(IdentityComparisons.Run(Name, document, cancellationToken, (applicant, mrz) =>
            ComparisonFinding.From(Name, ReasonCodes.NameMismatch,
                NameComparison.Compare(applicant.LastName, applicant.FirstNames, mrz.Surname, mrz.GivenNames, mrz.NameTruncated), mrz.Valid)));
}
