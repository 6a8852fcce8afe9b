using System.Globalization;
using System.Text.RegularExpressions;
using Verification.Worker.BirthCertificates.Language;

namespace Verification.Worker.BirthCertificates.Holder;

/// <summary>
/// Finds the first date in a piece of French or English text: "12 avril 2001", "1er mars 2000",
/// "April 12, 2001", "14th day of March 2000", "12/04/2001" (day first, as in France, India and
/// most of the world) and "2001-04-12".
/// </summary>
public static partial class CertificateDates
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["janvier"] = 1, ["janv"] = 1, ["january"] = 1, ["jan"] = 1,
        ["fevrier"] = 2, ["fevr"] = 2, ["fev"] = 2, ["february"] = 2, ["feb"] = 2,
        ["mars"] = 3, ["march"] = 3, ["mar"] = 3,
        ["avril"] = 4, ["avr"] = 4, ["april"] = 4, ["apr"] = 4,
        ["mai"] = 5, ["may"] = 5,
        ["juin"] = 6, ["june"] = 6, ["jun"] = 6,
        ["juillet"] = 7, ["juil"] = 7, ["july"] = 7, ["jul"] = 7,
        ["aout"] = 8, ["august"] = 8, ["aug"] = 8,
        ["septembre"] = 9, ["sept"] = 9, ["september"] = 9, ["sep"] = 9,
        ["octobre"] = 10, ["oct"] = 10, ["october"] = 10,
        ["novembre"] = 11, ["nov"] = 11, ["november"] = 11,
        ["decembre"] = 12, ["dec"] = 12, ["december"] = 12,
    };

    public static DateOnly? FirstIn(string text)
    {
        var folded = TextTokens.Fold(text);
        var candidates = new List<(int Index, DateOnly Date)>();
        foreach (Match m in DayMonthYear().Matches(folded))
        {
            Add(candidates, m.Index, m.Groups["y"].Value, Months.GetValueOrDefault(m.Groups["m"].Value), m.Groups["d"].Value);
        }
        foreach (Match m in MonthDayYear().Matches(folded))
        {
            Add(candidates, m.Index, m.Groups["y"].Value, Months.GetValueOrDefault(m.Groups["m"].Value), m.Groups["d"].Value);
        }
        foreach (Match m in Numeric().Matches(folded))
        {
            Add(candidates, m.Index, m.Groups["y"].Value, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), m.Groups["d"].Value);
        }
        foreach (Match m in Iso().Matches(folded))
        {
            Add(candidates, m.Index, m.Groups["y"].Value, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), m.Groups["d"].Value);
        }
        return candidates.Count == 0 ? null : candidates.MinBy(c => c.Index).Date;
    }

    private static void Add(List<(int, DateOnly)> candidates, int index, string year, int month, string day)
    {
        if (month is >= 1 and <= 12 && int.TryParse(year, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100
            && int.TryParse(day, CultureInfo.InvariantCulture, out var d) && d >= 1 && d <= DateTime.DaysInMonth(y, month))
        {
            candidates.Add((index, new DateOnly(y, month, d)));
        }
    }

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s*(er|st|nd|rd|th)?\s*(day of\s+)?(?<m>[a-z]{3,9})\.?\s*,?\s*(?<y>\d{4})\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<m>[a-z]{3,9})\.?\s+(?<d>\d{1,2})(st|nd|rd|th)?\s*,?\s+(?<y>\d{4})\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s*[./-]\s*(?<m>\d{1,2})\s*[./-]\s*(?<y>\d{4})\b")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b")]
    private static partial Regex Iso();
}
