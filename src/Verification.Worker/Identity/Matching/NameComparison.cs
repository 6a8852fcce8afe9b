namespace Verification.Worker.Identity.Matching;

/// <summary>
/// Declared surname and given names against the MRZ's. A match is the same words once both are written
/// the MRZ way (or the same letters with different spacing, or a name the MRZ had to cut). A near miss is
/// what an agent should see: one or two letters apart, a missing or extra middle name, surname and given
/// names swapped. Anything else is a mismatch.
/// </summary>
public static class NameComparison
{
    public static Comparison Compare(string declaredSurname, string declaredGivenNames, string mrzSurname, string mrzGivenNames, bool mrzTruncated)
    {
        var surname = Part("surname", declaredSurname, mrzSurname, mrzTruncated);
        var given = Part("given names", declaredGivenNames, mrzGivenNames, mrzTruncated);
        var declared = $"{MrzText.Normalise(declaredSurname)}, {MrzText.Normalise(declaredGivenNames)}";
        var read = $"{mrzSurname}, {mrzGivenNames}";
        if (surname.Level == MatchLevel.Mismatch && given.Level == MatchLevel.Mismatch
            && Part("surname", declaredGivenNames, mrzSurname, mrzTruncated).Level == MatchLevel.Match
            && Part("given names", declaredSurname, mrzGivenNames, mrzTruncated).Level == MatchLevel.Match)
        {
            return new Comparison(MatchLevel.NearMiss, declared, read, "surname and given names are swapped");
        }
        var worst = (MatchLevel)Math.Max((int)surname.Level, (int)given.Level);
        var why = string.Join("; ", new[] { surname, given }.Where(p => p.Why.Length > 0).Select(p => p.Why));
        return new Comparison(worst, declared, read, why.Length > 0 ? why : "same names");
    }

    private static Comparison Part(string label, string declared, string read, bool truncated)
    {
        var mrz = MrzText.Normalise(read);
        var spellings = MrzText.Spellings(declared);
        Comparison Result(MatchLevel level, string why) => new(level, spellings[0], mrz, why);

        if (spellings.Contains(mrz))
        {
            return Result(MatchLevel.Match, "");
        }
        if (spellings.Any(s => Compact(s) == Compact(mrz)))
        {
            return Result(MatchLevel.Match, $"{label}: same letters, spaced differently");
        }
        if (truncated && mrz.Length > 0 && spellings.Any(s => Compact(s).StartsWith(Compact(mrz), StringComparison.Ordinal)))
        {
            return Result(MatchLevel.Match, $"{label}: cut short in the MRZ, the declared name continues it");
        }
        if (spellings[0].Length == 0 || mrz.Length == 0)
        {
            return Result(MatchLevel.NearMiss, $"{label}: declared '{spellings[0]}', MRZ '{mrz}'");
        }
        var words = mrz.Split(' ');
        if (spellings.Any(s => IsSubsequence(s.Split(' '), words) || IsSubsequence(words, s.Split(' '))))
        {
            return Result(MatchLevel.NearMiss, $"{label}: one of them has words the other lacks");
        }
        var distance = spellings.Min(s => MrzText.Distance(Compact(s), Compact(mrz)));
        // One letter in five may be a typo or an OCR slip on a name (names carry no check digit); more is another name.
        var allowed = Math.Max(1, Compact(mrz).Length / 5);
        return distance <= allowed
            ? Result(MatchLevel.NearMiss, $"{label}: {distance} letter(s) differ")
            : Result(MatchLevel.Mismatch, $"{label}: different ({distance} letters differ)");
    }

    private static string Compact(string text) => text.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>True when every word of <paramref name="part"/> appears in <paramref name="whole"/>, in order.</summary>
    private static bool IsSubsequence(string[] part, string[] whole)
    {
        var i = 0;
        foreach (var word in whole)
        {
            if (i < part.Length && part[i] == word)
            {
                i++;
            }
        }
        return i == part.Length;
    }
}
