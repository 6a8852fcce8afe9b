using Verification.Worker.BirthCertificates.Language;
using Verification.Worker.BirthCertificates.Reading;
using Verification.Worker.BirthCertificates.Translation;

namespace Verification.Worker.BirthCertificates;

/// <summary>
/// Gives each page its role. A French page scoring at the translation threshold is a sworn
/// translation, and so are the French pages next to it: a translation of several pages often
/// carries the translator's affirmation and seal on its last page only.
/// </summary>
public static class PageRoles
{
    private static readonly PageLanguage NotRead = new(PageLanguageCode.Blank, 0, null, "not read");

    public static CertificateReading Assign(IReadOnlyList<PageText> texts, BirthCertificateOptions options)
    {
        var classified = texts.Select(text => text.Source == PageTextSource.NotRead
            ? (Text: text, Language: NotRead, Score: SwornTranslationScore.None)
            : (Text: text, Language: LanguageClassifier.Classify(text), Score: SwornTranslationScore.Of(text.Text))).ToList();

        var roles = classified.Select(page => page switch
        {
            { Text.Source: PageTextSource.NotRead } => PageRole.Unread,
            { Language.Code: PageLanguageCode.Blank } => PageRole.Blank,
            { Language.IsFrench: true } when page.Score.Score >= options.TranslationScoreThreshold => PageRole.Translation,
            _ => PageRole.Original,
        }).ToArray();

        ExtendTranslations(classified.Select(p => p.Language).ToList(), roles);

        for (var i = 0; i < roles.Length; i++)
        {
            if (roles[i] == PageRole.Original && classified[i].Language.IsFrench && classified[i].Score.Score >= options.TranslationReviewScore)
            {
                roles[i] = PageRole.PossibleTranslation;
            }
        }
        var pages = classified.Select((page, i) => new CertificatePage(page.Text, page.Language, page.Score, roles[i])).ToList();
        return new CertificateReading(pages, options.MinLanguageConfidence);
    }

    /// <summary>Spreads the translation role to contiguous French pages on either side of a translation page.</summary>
    private static void ExtendTranslations(IReadOnlyList<PageLanguage> languages, PageRole[] roles)
    {
        var anchors = Enumerable.Range(0, roles.Length).Where(i => roles[i] == PageRole.Translation).ToList();
        foreach (var anchor in anchors)
        {
            for (var step = -1; step <= 1; step += 2)
            {
                for (var i = anchor + step; i >= 0 && i < roles.Length && roles[i] == PageRole.Original && languages[i].IsFrench; i += step)
                {
                    roles[i] = PageRole.Translation;
                }
            }
        }
    }
}
