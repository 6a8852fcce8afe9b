using Mrz;
using Verification.Worker.Checks;

namespace Verification.Worker.Identity.Checks;

/// <summary>The common preconditions of the checks that compare the MRZ with the declared data.</summary>
internal static class IdentityComparisons
{
    /// <param name="compare">Given the declared data, the zone, and whether the zone can be trusted (<see cref="IdentityReading.MrzValid"/>).</param>
    public static Finding Run(string name, DocumentUnderCheck document, CancellationToken cancellationToken, Func<Applicant, MrzResult, bool, Finding> compare)
    {
        if (!IdentityScope.Applies(document))
        {
            return Finding.NotApplicable(name, IdentityScope.NotIdentityDocument);
        }
        if (document.Applicant is not { } applicant)
        {
            return Finding.NotApplicable(name, IdentityScope.NoDeclaredData);
        }
        var reading = document.ReadIdentity(cancellationToken);
        return reading.Mrz is { } mrz
            ? compare(applicant, mrz, reading.MrzValid)
            : Finding.NotApplicable(name, IdentityScope.NoMrz);
    }
}
