using Contracts;
using Mrz;
using Verification.Worker.Checks;
using Verification.Worker.Identity.Matching;

namespace Verification.Worker.Identity.Checks;

/// <summary>
/// Declared nationality against the MRZ's. A difference is never refused by the machine: dual nationals
/// may declare one nationality and hold the other's passport, and refugees' travel documents carry
/// XXA/XXB/XXC. It goes to an agent under <c>name_mismatch</c>, the code for "the document's holder and
/// the declared student may differ"; the finding says it is the nationality.
/// </summary>
public sealed class NationalityMatchCheck : IDocumentCheck
{
    public string Name => CheckNames.MrzNationality;

    public bool StopsOnReject => false;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken) =>
        ValueTask.FromResult(IdentityComparisons.Run(Name, document, cancellationToken, (applicant, mrz, _) =>
        {
            var (outcome, read, why) = NationalityComparison.Compare(applicant.Nationality, mrz.Nationality);
            var declared = applicant.Nationality.Trim().ToUpperInvariant();
            return outcome == MatchOutcome.Exact
                ? Finding.Pass(Name, $"MRZ: {read}", $"declared: {declared}", why)
                : Finding.Review(Name, ReasonCodes.NameMismatch, $"MRZ: {read}", $"declared: {declared}",
                    "the nationality differs: a dual national or a travel document may explain it");
        }));
}
