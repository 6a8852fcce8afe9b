using System.Globalization;
using Contracts;
using Verification.Worker.Checks;
using Verification.Worker.Identity.Reading;

namespace Verification.Worker.Identity.Checks;

/// <summary>
/// The machine-readable zone is there and every check digit agrees after correction. Reading it is the
/// expensive part of the identity checks; it happens here, once, and the later checks share the result.
/// No zone, or check digits that still fail, go to an agent: a photo may be poor while the document is fine.
/// </summary>
public sealed class MrzCheck : IDocumentCheck
{
    private const string Threshold = "2 or 3 MRZ lines, every check digit valid (at most 2 repaired to agree)";

    public string Name => CheckNames.Mrz;

    public bool StopsOnReject => false;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        if (!IdentityScope.Applies(document))
        {
            return ValueTask.FromResult(Finding.NotApplicable(Name, IdentityScope.NotIdentityDocument));
        }
        var reading = document.ReadIdentity(cancellationToken);
        if (reading.Page is null)
        {
            return ValueTask.FromResult(Finding.NotApplicable(Name, "no page could be decoded (see the integrity checks)"));
        }
        var zone = reading.Zone;
        var timing = string.Create(CultureInfo.InvariantCulture,
            $"{zone?.BandsFound ?? 0} candidate band(s), {zone?.Attempts ?? 0} OCR pass(es), {zone?.Elapsed.TotalMilliseconds ?? 0:0} ms");
        if (reading.Mrz is not { } mrz)
        {
            return ValueTask.FromResult(Finding.Review(Name, ReasonCodes.MrzNotFound, "no machine-readable zone", Threshold, timing));
        }
        var report = MrzReport.From(reading);
        var valid = mrz.CheckDigits.Count(c => c.Valid);
        var value = $"{MrzReport.FormatName(mrz.Format)}, {valid}/{mrz.CheckDigits.Count} check digits valid";
        var corrections = reading.Zone?.Corrections.Count ?? mrz.Corrections.Count;
        var detail = $"{corrections} correction(s), page {reading.Page.Number}, read from the {reading.Source}; {timing}";
        var repairs = MrzZoneReading.CheckDigitRepairs(mrz);
        var finding = reading.MrzValid
            ? Finding.Pass(Name, value, Threshold, detail)
            : Finding.Review(Name, ReasonCodes.MrzCheckFailed, value, Threshold, mrz.Valid
                ? $"the check digits agree only after {repairs} repairs chosen to make them agree, too many to trust; {detail}"
                : $"failing: {string.Join(", ", mrz.CheckDigits.Where(c => !c.Valid).Select(c => c.Kind))}; {detail}");
        return ValueTask.FromResult(finding with { Mrz = report });
    }
}
