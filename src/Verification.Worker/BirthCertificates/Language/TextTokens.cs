using System.Globalization;
using System.Text;

namespace Verification.Worker.BirthCertificates.Language;

/// <summary>
/// Folds text to lower case without diacritics, so "Née", "NEE" and an OCR's "nee" are one word:
/// accents are exactly what OCR with the French and English models loses first on other languages.
/// </summary>
public static class TextTokens
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            switch (c)
            {
                case 'ß': folded.Append("ss"); break;
                case 'œ' or 'Œ': folded.Append("oe"); break;
                case 'æ' or 'Æ': folded.Append("ae"); break;
                case '’' or '‘' or '`' or '´': folded.Append('\''); break;
                default: folded.Append(char.ToLowerInvariant(c)); break;
            }
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Words of two or more Latin letters, folded; single letters are mostly OCR debris.</summary>
    public static List<string> LatinWords(string text)
    {
        var words = new List<string>();
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var letter = i < folded.Length && folded[i] is >= 'a' and <= 'z';
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                // A word glued to a non-Latin letter or a digit is not a word of a Latin-script language.
                var glued = i < folded.Length && (char.IsLetterOrDigit(folded[i]) || (start > 0 && char.IsLetterOrDigit(folded[start - 1])));
                if (i - start >= 2 && !glued)
                {
                    words.Add(folded[start..i]);
                }
                start = -1;
            }
        }
        return words;
    }
}
