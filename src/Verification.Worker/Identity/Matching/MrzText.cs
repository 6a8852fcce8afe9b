using System.Globalization;
using System.Text;

namespace Verification.Worker.Identity.Matching;

/// <summary>
/// Declared text written as an MRZ writes it (ICAO 9303 part 3): capitals A–Z without accents, apostrophes
/// dropped, hyphens and other punctuation as word breaks. Letters with a recommended two-letter
/// transliteration (Ä → AE, ß → SS, Ø → OE ...) have two spellings in real passports, so both are produced.
/// </summary>
public static class MrzText
{
    /// <summary>Letters that do not decompose into a base letter and an accent.</summary>
    private static readonly Dictionary<char, string> Plain = new()
    {
        ['ß'] = "SS", ['Æ'] = "AE", ['Ø'] = "O", ['Œ'] = "OE", ['Þ'] = "TH", ['Ĳ'] = "IJ",
        ['Đ'] = "D", ['Ð'] = "D", ['Ł'] = "L", ['Ħ'] = "H", ['ı'] = "I",
    };

    private static readonly Dictionary<char, string> Transliterations = new()
    {
        ['Ä'] = "AE", ['Ö'] = "OE", ['Ü'] = "UE", ['Å'] = "AA", ['Æ'] = "AE", ['Ø'] = "OE",
        ['Œ'] = "OE", ['ß'] = "SS", ['Þ'] = "TH", ['Ĳ'] = "IJ", ['Ñ'] = "NXX",
    };

    /// <summary>The spellings an issuer may have used: accents dropped, and the ICAO transliteration.</summary>
    public static IReadOnlyList<string> Spellings(string declared)
    {
        var plain = Normalise(declared, transliterate: false);
        var transliterated = Normalise(declared, transliterate: true);
        return plain == transliterated ? [plain] : [plain, transliterated];
    }

    /// <summary>Words of A–Z and digits separated by single spaces; MRZ filler counts as a space.</summary>
    public static string Normalise(string text, bool transliterate = false)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var original in text)
        {
            var c = char.ToUpperInvariant(original);
            if (c is '\'' or '’' or 'ʼ' or '`' or '´')
            {
                continue;
            }
            if ((transliterate && Transliterations.TryGetValue(c, out var spelled)) || Plain.TryGetValue(c, out spelled))
            {
                builder.Append(spelled);
                continue;
            }
            foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(part) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }
                builder.Append(part is >= 'A' and <= 'Z' or >= '0' and <= '9' ? part : ' ');
            }
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Levenshtein distance: letters to insert, delete or change to turn one text into the other.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
