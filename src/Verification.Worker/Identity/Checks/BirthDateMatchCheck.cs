using Contracts;
using Verification.Worker.Checks;
using Verification.Worker.Identity.Matching;

namespace Verification.Worker.Identity.Checks;

/// <summary>Declared birth date against the MRZ's (protected by its own check digit).</summary>
public sealed class BirthDateMatchCheck : IDocumentCheck
{
    public string Name => CheckNames.MrzBirthDate;

    public bool StopsOnReject => false;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken) =>
        ValueTask.FromResult(IdentityComparisons.Run(Name, document, cancellationToken, (applicant, mrz) =>
            ComparisonFinding.From(Name, ReasonCodes.BirthDateMismatch,
                BirthDateComparison.Compare(applicant.DateOfBirth, mrz.DateOfBirth), mrz.Valid)));
}
