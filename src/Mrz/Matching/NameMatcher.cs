namespace Mrz;

/// <summary>
/// Compares the names a student declared with those of the MRZ. Both sides are brought to MRZ form
/// (transliterated, no accents, apostrophes or hyphens), then: identical → Exact; cut to fit a full MRZ
/// field → Exact; one given name missing, a typing slip (edit distance ≤ 2, or similarity ≥ 0.85), or a
/// shorter form than declared → NearMiss; anything else → Mismatch.
/// </summary>
public static class NameMatcher
{
    private const double NearMissSimilarity = 0.85;
    private const int NearMissEdits = 2;
    private const double MinimumSimilarityForEdits = 0.5;

    public static NameMatchResult Match(string declaredSurname, string declaredGivenNames, MrzResult mrz)
    {
        var surname = CompareSurname(declaredSurname, mrz.Surname, mrz.NameTruncated);
        var given = CompareGivenNames(declaredGivenNames, mrz.GivenNames, mrz.NameTruncated);
        var outcome = Worse(surname.Outcome, given.Outcome);
        if (outcome == MatchOutcome.Mismatch && IsSwapped(declaredSurname, declaredGivenNames, mrz))
        {
            const string swapped = "surname and given names swapped";
            return new NameMatchResult(MatchOutcome.NearMiss, surname with { Outcome = MatchOutcome.NearMiss, Reason = swapped },
                given with { Outcome = MatchOutcome.NearMiss, Reason = swapped });
        }
        return new NameMatchResult(outcome, surname, given);
    }

    /// <param name="mrzTruncated">The MRZ name field is full, so the issuer may have cut the name.</param>
    public static NameComparison CompareSurname(string declared, string mrzSurname, bool mrzTruncated = false) =>
        Compare(declared, mrzSurname, mrzTruncated, allowMissingPart: false);

    public static NameComparison CompareGivenNames(string declared, string mrzGivenNames, bool mrzTruncated = false) =>
        Compare(declared, mrzGivenNames, mrzTruncated, allowMissingPart: true);

    private static NameComparison Compare(string declared, string mrzName, bool mrzTruncated, bool allowMissingPart)
    {
        var mrz = IcaoTransliteration.FromMrz(mrzName);
        var variants = IcaoTransliteration.Variants(declared);
        var compactMrz = Compact(mrz);

        foreach (var variant in variants)
        {
            if (variant == mrz) return new(MatchOutcome.Exact, variant, mrz, 1, variant == variants[0] ? "identical" : "identical after transliteration");
            if (Compact(variant) == compactMrz) return new(MatchOutcome.Exact, variant, mrz, 1, "identical but for spacing");
            if (SeparatorsReadAsLetters(variant, mrz)) return new(MatchOutcome.Exact, variant, mrz, 1, "a separator read as K, X, S or C");
        }
        foreach (var variant in variants)
        {
            if (compactMrz.Length == 0 || !Compact(variant).StartsWith(compactMrz, StringComparison.Ordinal)) continue;
            return mrzTruncated
                ? new(MatchOutcome.Exact, variant, mrz, 1, "cut by the issuer to fit the MRZ field")
                : new(MatchOutcome.NearMiss, variant, mrz, Similarity(Compact(variant), compactMrz), "the MRZ holds a shorter form");
        }
        if (allowMissingPart)
        {
            foreach (var variant in variants)
            {
                var declaredParts = variant.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var mrzParts = mrz.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (OneMissing(declaredParts, mrzParts) || OneMissing(mrzParts, declaredParts))
                    return new(MatchOutcome.NearMiss, variant, mrz, Similarity(Compact(variant), compactMrz), "one given name missing on one side");
            }
        }

        var (best, similarity, edits) = variants
            .Select(v => (Variant: v, Similarity: Similarity(Compact(v), compactMrz), Edits: EditDistance.Between(Compact(v), compactMrz)))
            .OrderByDescending(x => x.Similarity).First();
        var near = similarity >= NearMissSimilarity || (edits <= NearMissEdits && similarity >= MinimumSimilarityForEdits);
        return near
            ? new(MatchOutcome.NearMiss, best, mrz, similarity, $"{edits} character(s) differ")
            : new(MatchOutcome.Mismatch, best, mrz, similarity, "different names");
    }

    /// <summary>
    /// "ANNA MARIA" against "ANNAKMARIA": the OCR read the filler between two names as a letter it resembles,
    /// which the reader cannot undo alone (ANNIKA has a K too) but the declared name explains.
    /// </summary>
    private static bool SeparatorsReadAsLetters(string declared, string mrz) =>
        declared.Length == mrz.Length && declared.Contains(' ') &&
        declared.Zip(mrz).All(p => p.First == p.Second || (p.First == ' ' && LookAlikes.IsFillerLetter(p.Second)));

    /// <summary>All of <paramref name="fewer"/> appear in order in <paramref name="more"/>, which has exactly one part more.</summary>
    private static bool OneMissing(string[] more, string[] fewer)
    {
        if (more.Length != fewer.Length + 1 || fewer.Length == 0) return false;
        for (var skip = 0; skip < more.Length; skip++)
            if (more.Where((_, i) => i != skip).SequenceEqual(fewer)) return true;
        return false;
    }

    private static bool IsSwapped(string declaredSurname, string declaredGivenNames, MrzResult mrz) =>
        mrz.GivenNames.Length > 0 &&
        CompareSurname(declaredGivenNames, mrz.Surname).Outcome == MatchOutcome.Exact &&
        CompareSurname(declaredSurname, mrz.GivenNames).Outcome == MatchOutcome.Exact;

    private static double Similarity(string a, string b)
    {
        var length = Math.Max(a.Length, b.Length);
        return length == 0 ? 1 : 1 - (double)EditDistance.Between(a, b) / length;
    }

    private static string Compact(string name) => name.Replace(" ", "", StringComparison.Ordinal);

    internal static MatchOutcome Worse(MatchOutcome a, MatchOutcome b) => (MatchOutcome)Math.Max((int)a, (int)b);
}
