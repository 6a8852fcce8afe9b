using System.Globalization;
using Mrz;

namespace Verification.Worker.Identity;

/// <summary>
/// The MRZ as the `verify` output and the stored findings show it (the review console puts it beside the
/// declared data). Dates are YYYY-MM-DD; the visa fields appear only for visas.
/// </summary>
public sealed record MrzReport(
    string Format,
    IReadOnlyList<string> Lines,
    bool Valid,
    string DocumentCode,
    string IssuingState,
    string DocumentNumber,
    string Surname,
    string GivenNames,
    string Nationality,
    string? DateOfBirth,
    string Sex,
    string? ExpiryDate,
    string OptionalData,
    IReadOnlyList<string> FailedCheckDigits,
    IReadOnlyList<string> Corrections,
    int? Page,
    int? Rotation,
    string? Source,
    string? VisaType = null,
    string? VisaTypePrinted = null,
    string? ValidFrom = null,
    string? ValidUntil = null)
{
    public static MrzReport? From(IdentityReading? reading)
    {
        if (reading?.Mrz is not { } mrz)
        {
            return null;
        }
        var visa = mrz.IsVisa && reading.VisaZoneRead ? reading.VisaZone : null;
        return new MrzReport(
            FormatName(mrz.Format), mrz.Lines, reading.MrzValid, mrz.DocumentCode, mrz.IssuingState, mrz.DocumentNumber,
            mrz.Surname, mrz.GivenNames, mrz.Nationality, Iso(mrz.DateOfBirth), mrz.Sex, Iso(mrz.ExpiryDate), mrz.OptionalData,
            mrz.CheckDigits.Where(c => !c.Valid).Select(c => c.Kind.ToString()).ToList(),
            (reading.Zone?.Corrections ?? mrz.Corrections).Select(c => c.ToString()).ToList(),
            reading.Page?.Number, reading.Zone?.Band is null ? null : reading.Zone.Rotation, reading.Source,
            mrz.IsVisa ? mrz.VisaType ?? "" : null,
            visa?.Type,
            mrz.IsVisa ? Iso(visa?.ValidFrom) : null,
            mrz.IsVisa ? Iso(mrz.ExpiryDate ?? visa?.ValidUntil) : null);
    }

    public static string FormatName(MrzFormat format) => format switch
    {
        MrzFormat.MRVA => "MRV-A",
        MrzFormat.MRVB => "MRV-B",
        MrzFormat.FrenchId => "FR-ID",
        _ => format.ToString(),
    };

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
