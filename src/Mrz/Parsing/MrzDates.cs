using System.Globalization;

namespace Mrz;

/// <summary>
/// MRZ dates are YYMMDD; the century comes from context. A birth date is never in the future, so it is
/// the latest century that puts it on or before the reference date. An expiry date is normally 20YY; it
/// is read as 19YY only when 20YY would be more than 50 years ahead (an old specimen or a document long
/// expired), since no travel document is valid that long.
/// </summary>
public static class MrzDates
{
    public static DateOnly? BirthDate(string yymmdd, DateOnly referenceDate)
    {
        if (!TryParts(yymmdd, out var yy, out var month, out var day)) return null;
        var century = referenceDate.Year / 100 * 100;
        foreach (var year in new[] { century + yy, century - 100 + yy })
            if (TryDate(year, month, day) is { } date && date <= referenceDate) return date;
        return null;
    }

    public static DateOnly? ExpiryDate(string yymmdd, DateOnly referenceDate)
    {
        if (!TryParts(yymmdd, out var yy, out var month, out var day)) return null;
        var year = referenceDate.Year / 100 * 100 + yy;
        if (year > referenceDate.Year + 50) year -= 100;
        return TryDate(year, month, day);
    }

    /// <summary>Dates as the verify output writes them.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryParts(string yymmdd, out int yy, out int month, out int day)
    {
        yy = month = day = 0;
        if (yymmdd.Length != 6 || !yymmdd.All(char.IsAsciiDigit)) return false;
        yy = int.Parse(yymmdd.AsSpan(0, 2), CultureInfo.InvariantCulture);
        month = int.Parse(yymmdd.AsSpan(2, 2), CultureInfo.InvariantCulture);
        day = int.Parse(yymmdd.AsSpan(4, 2), CultureInfo.InvariantCulture);
        return true;
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
