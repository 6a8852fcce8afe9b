using System.Globalization;
using Contracts;
using Verification.Worker.BirthCertificates.Holder;
using Verification.Worker.Checks;

namespace Verification.Worker.BirthCertificates.Checks;

/// <summary>
/// Where the certificate gives the holder's birth date, it must be the declared one. Day and month
/// swapped or one digit slipped goes to an agent with both values; another date is <c>birth_date_mismatch</c>.
/// </summary>
public sealed class CertificateBirthDateCheck(CertificateReader reader) : IDocumentCheck
{
    public string Name => BirthCertificateCheckNames.BirthDate;

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
        if (HolderSource.Read(reading) is not ({ BirthDate: { } found, BirthDateText: var written }, var where))
        {
            return Finding.NotApplicable(Name, "no French or English page gives the holder's birth date in a form read");
        }
        var value = string.Create(CultureInfo.InvariantCulture, $"{found:yyyy-MM-dd} ({where}: \"{written}\")");
        var threshold = string.Create(CultureInfo.InvariantCulture,
            $"declared {applicant.DateOfBirth:yyyy-MM-dd}: the same date; day and month swapped or one digit slipped goes to an agent");
        return DateComparison.Compare(applicant.DateOfBirth, found) switch
        {
            Agreement.Match => Finding.Pass(Name, value, threshold),
            Agreement.NearMiss => Finding.Review(Name, ReasonCodes.BirthDateMismatch, value, threshold, "near miss: an agent compares both values"),
            _ => Finding.Reject(Name, ReasonCodes.BirthDateMismatch, value, threshold, "the certificate gives another birth date", confidence: 0.9),
        };
    }
}
