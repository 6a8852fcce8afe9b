using System.Globalization;
using System.Text;

namespace Mrz;

/// <summary>
/// Writes a name as an MRZ would: upper case A–Z and spaces, per the transliteration table of Doc 9303
/// Part 3. Where the table allows two forms (Ä as AE or A, Ü as UE or U ...) both are produced, since
/// issuers differ; apostrophes vanish (O'BRIEN → OBRIEN), hyphens and other separators become spaces.
/// </summary>
public static class IcaoTransliteration
{
    private const int MaxVariants = 16;

    private static readonly Dictionary<char, string[]> Special = new()
    {
        ['Ä'] = ["AE", "A"], ['Ö'] = ["OE", "O"], ['Ü'] = ["UE", "U"], ['Å'] = ["AA", "A"], ['Ø'] = ["OE", "O"],
        ['Æ'] = ["AE"], ['Œ'] = ["OE"], ['ß'] = ["SS"], ['ẞ'] = ["SS"], ['Þ'] = ["TH"], ['Ð'] = ["D"], ['Đ'] = ["D"],
        ['Ł'] = ["L"], ['Ĳ'] = ["IJ"], ['Ŋ'] = ["N"], ['ı'] = ["I"], ['Ħ'] = ["H"], ['Ŧ'] = ["T"],
    };

    /// <summary>Every MRZ form of the name, the table's first choices first; single spaces between parts.</summary>
    public static IReadOnlyList<string> Variants(string name)
    {
        var forms = new List<StringBuilder> { new() };
        foreach (var raw in name.Normalize(NormalizationForm.FormC))
        {
            var c = char.ToUpperInvariant(raw);
            string[] options = Special.TryGetValue(c, out var special) ? special
                : c is '\'' or '’' or '`' or 'ʼ' ? [""]
                : char.IsLetter(c) ? [BaseLetter(c)]
                : char.IsDigit(c) ? [c.ToString()]
                : [" "];
            if (options.Length == 1 || forms.Count * options.Length > MaxVariants)
            {
                foreach (var form in forms) form.Append(options[0]);
                continue;
            }
            forms = forms.SelectMany(form => options.Select(o => new StringBuilder(form.ToString()).Append(o))).ToList();
        }
        return forms.Select(f => Collapse(f.ToString())).Distinct().ToArray();
    }

    /// <summary>An MRZ name field or decoded name as single-spaced words ('&lt;' is a space).</summary>
    public static string FromMrz(string mrzName) => Collapse(mrzName.Replace('<', ' ').ToUpperInvariant());

    private static string BaseLetter(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var part in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark) builder.Append(part);
        // Letters outside Latin (Greek, Cyrillic) stay as they are: the name then differs visibly from the MRZ.
        return builder.ToString();
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
