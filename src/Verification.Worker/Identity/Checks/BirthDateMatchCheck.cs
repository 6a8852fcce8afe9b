using System.Globalization;
using Contracts;
using Mrz;
using Verification.Worker.Checks;

namespace Verification.Worker.Identity.Checks;

/// <summary>Declared birth date against the MRZ's (protected by its own check digit), by the MRZ library's <see cref="BirthDateMatcher"/>.</summary>
public sealed class BirthDateMatchCheck : IDocumentCheck
{
    public string Name => CheckNames.MrzBirthDate;

    public bool StopsOnReject => false;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken) =>
        ValueTask.FromResult(IdentityComparisons.Run(Name, document, cancellationToken, (applicant, mrz, trusted) =>
        {
            var comparison = BirthDateMatcher.Compare(applicant.DateOfBirth, mrz.DateOfBirth);
            return ComparisonFinding.From(Name, ReasonCodes.BirthDateMismatch, comparison.Outcome,
                Iso(comparison.Declared), comparison.Mrz is { } read ? Iso(read) : "unreadable", comparison.Reason, trusted);
        }));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
