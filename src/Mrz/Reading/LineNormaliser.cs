using System.Globalization;
using System.Text;

namespace Mrz;

/// <summary>
/// Turns OCR lines into cells of MRZ symbols: upper case, no spaces, accents dropped, chevron-like symbols
/// made filler, anything else that cannot occur in a zone marked removed.
/// </summary>
internal static class LineNormaliser
{
    public static List<Cell> Normalise(MrzLineReading line)
    {
        var cells = new List<Cell>(line.Characters.Count);
        foreach (var candidates in line.Characters)
        {
            // Spaces are the OCR's word gaps, not content: dropping them is not a correction.
            if (char.IsWhiteSpace(candidates.Best)) continue;
            var observed = char.ToUpperInvariant(candidates.Best);
            var alternatives = NormaliseAlternatives(candidates, observed);
            if (ToMrzSymbol(observed) is { } symbol)
            {
                var reason = LookAlikes.IsFillerSymbol(observed) ? MrzCorrectionReason.FillerRecovery : MrzCorrectionReason.CharacterClass;
                cells.Add(Cell.Read(observed, symbol, Clamp(candidates.Confidence), alternatives, reason));
            }
            else
            {
                cells.Add(Cell.Stray(observed));
            }
        }
        return cells;
    }

    /// <summary>The MRZ symbol a character stands for, or null when it cannot stand for one.</summary>
    public static char? ToMrzSymbol(char c)
    {
        c = char.ToUpperInvariant(c);
        if (c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '<') return c;
        if (LookAlikes.IsFillerSymbol(c)) return LookAlikes.Filler;
        var stripped = StripDiacritics(c);
        return stripped is >= 'A' and <= 'Z' ? stripped : null;
    }

    private static IReadOnlyList<MrzCharAlternative> NormaliseAlternatives(MrzCharCandidates candidates, char best)
    {
        if (candidates.Alternatives.Count == 0) return [];
        var byChar = new Dictionary<char, float>();
        foreach (var alternative in candidates.Alternatives)
        {
            if (char.ToUpperInvariant(alternative.Char) == best) continue;
            if (ToMrzSymbol(alternative.Char) is not { } symbol) continue;
            var confidence = Clamp(alternative.Confidence);
            if (!byChar.TryGetValue(symbol, out var existing) || existing < confidence) byChar[symbol] = confidence;
        }
        return byChar.Select(p => new MrzCharAlternative(p.Key, p.Value)).OrderByDescending(a => a.Confidence).ToArray();
    }

    private static char StripDiacritics(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var part in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                return char.ToUpperInvariant(part);
        return c;
    }

    private static float Clamp(float confidence) => float.IsNaN(confidence) ? 0f : Math.Clamp(confidence, 0f, 1f);
}
