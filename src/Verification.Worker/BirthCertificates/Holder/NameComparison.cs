using Verification.Worker.BirthCertificates.Language;

namespace Verification.Worker.BirthCertificates.Holder;

public enum Agreement
{
    Match,
    /// <summary>Close enough to be an OCR slip, a transliteration variant or one half of a compound name: an agent decides.</summary>
    NearMiss,
    Mismatch,
}

/// <summary>
/// Compares a declared surname with the one a certificate gives, after folding accents and case and
/// treating hyphens, apostrophes and other punctuation as spaces: "GARCÍA-MÁRQUEZ", "Garcia Marquez"
/// and "GARCIA MARQUEZ" agree.
/// </summary>
public static class NameComparison
{
    public static Agreement Compare(string declared, string found)
    {
        var want = Tokens(declared);
        var have = Tokens(found);
        if (want.Count == 0 || have.Count == 0)
        {
            return Agreement.Mismatch;
        }
        if (want.All(have.Contains) || JoinedRunEquals(have, string.Concat(want)))
        {
            return Agreement.Match;
        }
        var close = want.All(w => have.Any(h => Levenshtein(w, h) <= (w.Length >= 8 ? 2 : 1)));
        var partial = want.Any(w => w.Length >= 3 && have.Contains(w));
        return close || partial ? Agreement.NearMiss : Agreement.Mismatch;
    }

    /// <summary>"ELAMRANI" against "EL AMRANI": some run of consecutive tokens, written together, is the other name.</summary>
    private static bool JoinedRunEquals(List<string> tokens, string joined)
    {
        for (var start = 0; start < tokens.Count; start++)
        {
            var run = "";
            for (var end = start; end < tokens.Count && run.Length < joined.Length; end++)
            {
                run += tokens[end];
                if (run == joined)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Upper case, no accents, letters only, one token per word.</summary>
    public static List<string> Tokens(string name)
    {
        var letters = TextTokens.Fold(name).Select(c => char.IsLetter(c) ? char.ToUpperInvariant(c) : ' ').ToArray();
        return new string(letters).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    internal static int Levenshtein(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
