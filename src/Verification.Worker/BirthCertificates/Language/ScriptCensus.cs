namespace Verification.Worker.BirthCertificates.Language;

/// <summary>
/// Counts the letters of a text by Unicode script. Only a text layer can carry non-Latin letters
/// here: the OCR models installed (French, English) never output them.
/// </summary>
public sealed record ScriptCensus(int Latin, int NonLatin, string? MainNonLatinScript)
{
    public int Letters => Latin + NonLatin;

    /// <summary>Share of the letters that are not Latin; an ideograph counts as three letters, a word's worth.</summary>
    public double NonLatinShare => Letters == 0 ? 0 : (double)NonLatin / Letters;

    public static ScriptCensus Of(string text)
    {
        int latin = 0, nonLatin = 0;
        var scripts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!System.Text.Rune.IsLetter(rune))
            {
                continue;
            }
            var script = ScriptOf(rune.Value);
            if (script is null)
            {
                latin++;
                continue;
            }
            var weight = script == "Han" ? 3 : 1;
            nonLatin += weight;
            scripts[script] = scripts.GetValueOrDefault(script) + weight;
        }
        var main = scripts.Count == 0 ? null : scripts.MaxBy(pair => pair.Value).Key;
        return new ScriptCensus(latin, nonLatin, main);
    }

    /// <summary>The script of a letter outside the Latin blocks, by Unicode block; null for Latin.</summary>
    private static string? ScriptOf(int code) => code switch
    {
        < 0x0250 => null, // Basic Latin, Latin-1, Latin Extended-A and -B
        >= 0x1E00 and < 0x1F00 => null, // Latin Extended Additional (Vietnamese)
        >= 0x0370 and < 0x0400 => "Greek",
        >= 0x0400 and < 0x0530 => "Cyrillic",
        >= 0x0530 and < 0x0590 => "Armenian",
        >= 0x0590 and < 0x0600 => "Hebrew",
        (>= 0x0600 and < 0x0780) or (>= 0x08A0 and < 0x0900) or (>= 0xFB50 and < 0xFE00) or (>= 0xFE70 and < 0xFF00) => "Arabic",
        >= 0x0900 and < 0x0E00 => "Indic",
        >= 0x0E00 and < 0x0E80 => "Thai",
        >= 0x10A0 and < 0x1100 => "Georgian",
        (>= 0x1100 and < 0x1200) or (>= 0xAC00 and < 0xD7B0) => "Hangul",
        >= 0x1200 and < 0x1400 => "Ethiopic",
        (>= 0x3040 and < 0x3100) => "Kana",
        (>= 0x3400 and < 0xA000) or (>= 0xF900 and < 0xFB00) or >= 0x20000 => "Han",
        _ => "Other",
    };
}
