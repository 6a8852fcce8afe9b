using System.Globalization;
using Verification.Worker.BirthCertificates.Reading;

namespace Verification.Worker.BirthCertificates.Language;

/// <summary>
/// Says what a page is written in: French, English, another profiled Latin-script language,
/// an unprofiled Latin-script language, or a non-Latin script. Non-Latin scripts are recognised
/// from a text layer's Unicode blocks, or from what OCR with Latin models can and cannot read:
/// ink without words, low recognition confidence, few words of any profile, and the mixed-case
/// debris Cyrillic turns into ("CepreeBHa").
/// </summary>
public static class LanguageClassifier
{
    /// <summary>Fewer Latin words than this is no running text.</summary>
    private const int MinWords = 4;

    /// <summary>Below this share of dark pixels a page is blank (a printed page measures 2-8 %).</summary>
    private const double BlankInk = 0.003;

    /// <summary>
    /// Mean word confidence below which the Latin models are guessing: clean Latin text reads at 85-95,
    /// Arabic or Chinese at 30-60. Under it, a language verdict drawn from stray short words is not trusted.
    /// </summary>
    private const int TrustedOcrConfidence = 70;

    /// <summary>Share of mixed-case words ("poxkfeHua") from which OCR output is not Latin text (normal text has next to none).</summary>
    private const double GarbledShare = 0.12;

    /// <summary>Cyrillic read as Latin comes out mixed-case in a quarter of its words or more; other scripts in fewer.</summary>
    private const double CyrillicShare = 0.25;

    public static PageLanguage Classify(PageText page)
    {
        var census = ScriptCensus.Of(page.Text);
        if (census.NonLatin >= 20 && census.NonLatinShare >= 0.5)
        {
            return new PageLanguage(PageLanguageCode.NonLatin, Round(0.5 + (census.NonLatinShare / 2)), census.MainNonLatinScript,
                Invariant($"text layer, {census.NonLatinShare:P0} {census.MainNonLatinScript} letters"));
        }

        var words = TextTokens.LatinWords(page.Text);
        var evidence = WordEvidence.Of(words);
        var garbled = MixedCaseShare(page.Text);
        var read = page.Source == PageTextSource.Ocr ? Invariant($"OCR {page.OcrConfidence}") : "text layer";
        var measures = Invariant($"{read}; {words.Count} words, {evidence.KnownShare:P0} known; ink {page.InkRatio:P1}");

        if (words.Count < MinWords)
        {
            if (page.InkRatio < BlankInk)
            {
                return new PageLanguage(PageLanguageCode.Blank, 0.9, null, measures);
            }
            if (words.Count > 0 && page.OcrConfidence >= TrustedOcrConfidence)
            {
                // A few words read well: a sparse page (a stamp, a seal), too little to name its language.
                return new PageLanguage(evidence.Best.Language, 0.4, null, measures + "; too few words");
            }
            // Ink that yields no words: a script the models cannot read (Chinese often comes out empty), or a picture.
            return new PageLanguage(PageLanguageCode.NonLatin, page.InkRatio >= 10 * BlankInk ? 0.85 : 0.6, census.MainNonLatinScript,
                measures + "; ink but no words");
        }

        var (best, probability) = evidence.Best;
        var unreliableOcr = page.Source == PageTextSource.Ocr && (page.OcrConfidence < TrustedOcrConfidence || garbled >= GarbledShare);
        var scores = string.Join(", ", evidence.Posterior.Where(p => p.Value >= 0.01).OrderByDescending(p => p.Value)
            .Select(p => Invariant($"{Short(p.Key)} {p.Value:0.00}")));
        var detail = Invariant($"{measures}; {(scores.Length == 0 ? "no profile" : scores)}, none {evidence.Unprofiled:0.00}");
        if (probability >= evidence.Unprofiled && !(unreliableOcr && evidence.KnownShare < 0.2))
        {
            // Failing OCR still yields a few short words that happen to be profile words ("de", "la"): trust it less.
            var confidence = unreliableOcr ? probability * page.OcrConfidence / TrustedOcrConfidence : probability;
            return new PageLanguage(best, Round(confidence), null, detail);
        }

        var nonLatin = census.NonLatinShare >= 0.2 || unreliableOcr;
        var script = census.MainNonLatinScript ?? (garbled >= CyrillicShare ? "Cyrillic" : null);
        // The lower the recognition confidence, the surer it is that the models met a script they do not know.
        var ocrFailure = page.Source == PageTextSource.Ocr ? Math.Clamp((80.0 - page.OcrConfidence) / 40, 0, 1) : 0;
        var certainty = Math.Max(Math.Max(evidence.Unprofiled, 1 - evidence.KnownShare), nonLatin ? ocrFailure : 0);
        return new PageLanguage(nonLatin ? PageLanguageCode.NonLatin : PageLanguageCode.OtherLatin, Round(certainty), nonLatin ? script : null,
            detail + (garbled >= GarbledShare ? Invariant($"; {garbled:P0} mixed-case words") : ""));
    }

    /// <summary>Share of words with a capital after a small letter: normal text has almost none, Cyrillic read as Latin many.</summary>
    internal static double MixedCaseShare(string text)
    {
        var words = text.Split((char[])[' ', '\n', '\t', ',', '.', ':', ';'], StringSplitOptions.RemoveEmptyEntries);
        var letterWords = words.Where(w => w.Length >= 3 && w.All(char.IsLetter)).ToList();
        if (letterWords.Count == 0)
        {
            return 0;
        }
        var mixed = letterWords.Count(w => Enumerable.Range(1, w.Length - 1).Any(i => char.IsLower(w[i - 1]) && char.IsUpper(w[i])));
        return (double)mixed / letterWords.Count;
    }

    public static string Short(PageLanguageCode code) => code switch
    {
        PageLanguageCode.French => "fr",
        PageLanguageCode.English => "en",
        PageLanguageCode.Spanish => "es",
        PageLanguageCode.Portuguese => "pt",
        PageLanguageCode.German => "de",
        PageLanguageCode.Italian => "it",
        PageLanguageCode.OtherLatin => "latin",
        PageLanguageCode.NonLatin => "non-latin",
        _ => "blank",
    };

    private static double Round(double value) => Math.Round(Math.Clamp(value, 0, 1), 2);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
