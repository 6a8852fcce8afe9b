using Mrz;
using Verification.Worker.Checks;

namespace Verification.Worker.Identity.Checks;

/// <summary>The common preconditions of the checks that compare the MRZ with the declared data.</summary>
internal static class IdentityComparisons
{
    public static Finding Run(string name, DocumentUnderCheck document, CancellationToken cancellationToken, Func<Applicant, MrzResult, Finding> compare)
    {
        if (!IdentityScope.Applies(document))
        {
            return Finding.NotApplicable(name, IdentityScope.NotIdentityDocument);
        }
        if (document.Applicant is not { } applicant)
        {
            return Finding.NotApplicable(name, IdentityScope.NoDeclaredData);
        }
        return document.ReadIdentity(cancellationToken).Mrz is { } mrz
            ? compare(applicant, mrz)
            : Finding.NotApplicable(name, IdentityScope.NoMrz);
    }
}
