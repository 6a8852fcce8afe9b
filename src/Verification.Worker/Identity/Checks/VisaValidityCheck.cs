using System.Globalization;
using Contracts;
using Verification.Worker.Checks;

namespace Verification.Worker.Identity.Checks;

/// <summary>
/// A student visa must already be valid on the rights start date. Its last day is in the MRZ (see
/// <see cref="DocumentExpiryCheck"/>); its first day is printed only on the sticker ("DU / FROM"), so it is
/// read from the visual zone. A visa that starts later is not valid on that date; an unread start goes to an agent.
/// </summary>
public sealed class VisaValidityCheck : IDocumentCheck
{
    public string Name => CheckNames.VisaValidity;

    public bool StopsOnReject => false;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        if (document.DocumentType != DocumentTypes.StudentVisa)
        {
            return ValueTask.FromResult(Finding.NotApplicable(Name, "not a visa"));
        }
        return ValueTask.FromResult(IdentityComparisons.Run(Name, document, cancellationToken, (applicant, mrz, _) =>
        {
            if (!mrz.IsVisa)
            {
                return Finding.NotApplicable(Name, "the zone is not a visa's (see visa_type)");
            }
            var zone = document.ReadIdentity(cancellationToken).VisaZone;
            var threshold = $"valid from on or before the rights start date, {Iso(applicant.RightsStartDate)}";
            var until = mrz.ExpiryDate ?? zone?.ValidUntil;
            var period = $"valid from {Show(zone?.ValidFrom)} until {Show(until)}";
            if (zone?.ValidFrom is not { } from)
            {
                return Finding.Review(Name, ReasonCodes.DocumentExpired, period, threshold, "the printed start of validity could not be read");
            }
            return from <= applicant.RightsStartDate
                ? Finding.Pass(Name, period, threshold)
                : Finding.Reject(Name, ReasonCodes.DocumentExpired, period, threshold,
                    $"the visa starts {from.DayNumber - applicant.RightsStartDate.DayNumber} day(s) after the rights start");
        }));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Show(DateOnly? date) => date is { } d ? Iso(d) : "unread";
}
