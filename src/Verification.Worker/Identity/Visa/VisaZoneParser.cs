using System.Globalization;
using System.Text.RegularExpressions;

namespace Verification.Worker.Identity.Visa;

/// <summary>
/// Picks the visa type and the validity dates out of the visual zone's OCR text. Labels are bilingual
/// on French stickers ("TYPE DE VISA / TYPE OF VISA", "DU / FROM", "AU / UNTIL") and OCR bends them
/// ("FR0M", "UNT1L"), so the patterns allow the usual confusions; dates are DD-MM-YY(YY) with any separator.
/// </summary>
internal static partial class VisaZoneParser
{
    public static VisaZone Parse(string text, DateOnly? mrzExpiry)
    {
        var flat = Normalise(text);
        var type = TypeAfterLabel().Match(flat) is { Success: true } typed ? typed.Groups["type"].Value : null;
        // A label line over its values ("Type de visa / Type of visa" above "FRANCE   D"): the lone letter below.
        type ??= TypeBelowLabel().Match(text.ToUpperInvariant()) is { Success: true } below ? below.Groups["type"].Value : null;
        type ??= TypeAfterWordVisa().Match(flat) is { Success: true } stated ? stated.Groups["type"].Value : null;
        var from = DateAfter(FromLabel(), UntilLabel(), flat);
        var until = DateAfter(UntilLabel(), FromLabel(), flat);
        if (from is null || until is null)
        {
            // Labels unreadable: the validity is the pair of dates that ends on the MRZ's expiry.
            var dates = Dates(flat).ToList();
            until ??= mrzExpiry is { } expiry && dates.Contains(expiry) ? expiry : null;
            from ??= until is { } end ? dates.Where(d => d < end).Cast<DateOnly?>().Max() : null;
        }
        return new VisaZone(type, from, until, text);
    }

    /// <summary>Upper case, one space between words, digits confused with letters inside dates left for the date pattern.</summary>
    private static string Normalise(string text) =>
        Whitespace().Replace(text.ToUpperInvariant(), " ");

    /// <summary>
    /// The first date after a <paramref name="label"/>, before the next <paramref name="other"/> label: a
    /// bilingual label line ("DU / FROM — AU / UNTIL") is often followed by both values.
    /// </summary>
    private static DateOnly? DateAfter(Regex label, Regex other, string text)
    {
        foreach (Match match in label.Matches(text))
        {
            var rest = text[(match.Index + match.Length)..];
            var next = other.Match(rest);
            var window = next.Success ? rest[..next.Index] : rest;
            window = window.Length > 60 ? window[..60] : window;
            if (Dates(window).Cast<DateOnly?>().FirstOrDefault() is { } date)
            {
                return date;
            }
        }
        return null;
    }

    private static IEnumerable<DateOnly> Dates(string text)
    {
        foreach (Match match in NumericDate().Matches(text))
        {
            var day = Digits(match.Groups["d"].Value);
            var month = Digits(match.Groups["m"].Value);
            var year = Digits(match.Groups["y"].Value);
            if (year < 100)
            {
                year += 2000;
            }
            if (month is >= 1 and <= 12 && year is >= 1900 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                yield return new DateOnly(year, month, day);
            }
        }
    }

    /// <summary>Digits as OCR of small print gives them: O for 0, I or L for 1, S for 5, B for 8.</summary>
    private static int Digits(string value)
    {
        var digits = value.Select(c => c switch { 'O' or 'Q' or 'D' => '0', 'I' or 'L' or '|' => '1', 'S' => '5', 'B' => '8', 'Z' => '2', _ => c });
        return int.TryParse(string.Concat(digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"TYPE\s*(?:DE|OF)?\s*VISA\s*[:.;,]?\s*(?<type>[ACD])\b")]
    private static partial Regex TypeAfterLabel();

    [GeneratedRegex(@"TYPE\s*(?:DE|OF)?\s*VISA[^\n]*\n(?:[ \t]*\n)*[^\n]*?\b(?<type>[ACD])\b")]
    private static partial Regex TypeBelowLabel();

    [GeneratedRegex(@"\bVISA\s+(?<type>[ACD])\b")]
    private static partial Regex TypeAfterWordVisa();

    [GeneratedRegex(@"\b(?:DU|FR[O0]M)\b")]
    private static partial Regex FromLabel();

    [GeneratedRegex(@"\b(?:AU|UNT[I1L]L)\b")]
    private static partial Regex UntilLabel();

    [GeneratedRegex(@"(?<d>[0-9OIL]{2})\s?[-./]\s?(?<m>[0-9OIL]{2})\s?[-./]\s?(?<y>[0-9OILSZB]{4}|[0-9OILSZB]{2})(?![0-9])")]
    private static partial Regex NumericDate();
}
