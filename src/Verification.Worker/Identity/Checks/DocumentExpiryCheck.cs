using System.Globalization;
using Contracts;
using Verification.Worker.Checks;

namespace Verification.Worker.Identity.Checks;

/// <summary>
/// The document is still valid on the day the student's rights start (for a visa, the MRZ's expiry is its
/// last day of validity). An expired document is refused; an unreadable expiry, or one read from a zone
/// whose check digits do not agree, goes to an agent.
/// </summary>
public sealed class DocumentExpiryCheck : IDocumentCheck
{
    public string Name => CheckNames.DocumentExpiry;

    public bool StopsOnReject => false;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken) =>
        ValueTask.FromResult(IdentityComparisons.Run(Name, document, cancellationToken, (applicant, mrz, trusted) =>
        {
            var threshold = $"valid on the rights start date, {Iso(applicant.RightsStartDate)}";
            if (mrz.ExpiryDate is not { } expiry)
            {
                return Finding.Review(Name, ReasonCodes.DocumentExpired, "expiry date unreadable", threshold,
                    "the MRZ expiry field is not a calendar date");
            }
            var value = $"expires {Iso(expiry)}";
            if (expiry >= applicant.RightsStartDate)
            {
                return Finding.Pass(Name, value, threshold);
            }
            var detail = $"expired {applicant.RightsStartDate.DayNumber - expiry.DayNumber} day(s) before the rights start";
            return trusted
                ? Finding.Reject(Name, ReasonCodes.DocumentExpired, value, threshold, detail)
                : Finding.Review(Name, ReasonCodes.DocumentExpired, value, threshold, $"{detail}; the zone's check digits did not all agree, so it may be misread");
        }));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
