using System.Globalization;
using Verification.Worker.BirthCertificates.Language;

namespace Verification.Worker.BirthCertificates.Translation;

/// <summary>How strongly a page reads as a sworn translation: the weighted sum of the cues it shows.</summary>
public sealed record SwornTranslationScore(double Score, IReadOnlyList<string> Cues)
{
    public static readonly SwornTranslationScore None = new(0, []);

    public static SwornTranslationScore Of(string text)
    {
        var folded = TextTokens.Fold(text);
        var found = TranslationCues.All.Where(cue => cue.Pattern.IsMatch(folded)).ToList();
        return new SwornTranslationScore(found.Sum(cue => cue.Weight), found.Select(cue => cue.Name).ToList());
    }

    public override string ToString() => Cues.Count == 0
        ? "no translation cue"
        : string.Create(CultureInfo.InvariantCulture, $"translation score {Score:0.0} ({string.Join(", ", Cues)})");
}
