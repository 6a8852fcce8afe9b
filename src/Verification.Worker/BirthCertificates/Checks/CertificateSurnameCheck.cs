using Contracts;
using Verification.Worker.BirthCertificates.Holder;
using Verification.Worker.Checks;

namespace Verification.Worker.BirthCertificates.Checks;

/// <summary>
/// Where the certificate (its translation, or a French or English original) names the holder, the
/// surname must be the declared one. One letter off or half a compound surname goes to an agent
/// with both values; another name is <c>name_mismatch</c>.
/// </summary>
public sealed class CertificateSurnameCheck(CertificateReader reader) : IDocumentCheck
{
    private const string Rule = "the same words after folding accents, case, hyphens and apostrophes; one letter off or part of a compound surname goes to an agent";

    public string Name => BirthCertificateCheckNames.Surname;

    public bool StopsOnReject => false;

    public async ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        if (CertificateReader.NotApplicableBecause(document) is { } reason)
        {
            return Finding.NotApplicable(Name, reason);
        }
        if (document.Applicant is not { } applicant)
        {
            return Finding.NotApplicable(Name, "no declared data to compare with");
        }
        var reading = await reader.ReadAsync(document, cancellationToken);
        if (HolderSource.Read(reading) is not ({ Surname: { } found }, var where))
        {
            return Finding.NotApplicable(Name, "no French or English page names the holder in a surname field");
        }
        var value = $"{found} ({where})";
        var threshold = $"declared {applicant.LastName}: {Rule}";
        return NameComparison.Compare(applicant.LastName, found) switch
        {
            Agreement.Match => Finding.Pass(Name, value, threshold),
            Agreement.NearMiss => Finding.Review(Name, ReasonCodes.NameMismatch, value, threshold, "near miss: an agent compares both values"),
            _ => Finding.Reject(Name, ReasonCodes.NameMismatch, value, threshold, "the certificate names someone else", confidence: 0.9),
        };
    }
}
