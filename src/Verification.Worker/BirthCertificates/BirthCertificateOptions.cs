namespace Verification.Worker.BirthCertificates;

/// <summary>
/// Bound from "BirthCertificates". The thresholds are calibrated on tests/fixtures/birth
/// (BirthCertificateFixtureTests); change them only with that test green.
/// </summary>
public sealed class BirthCertificateOptions
{
    public const string Section = "BirthCertificates";

    /// <summary>
    /// ISO 3166 alpha-3 codes of the countries whose birth records need no translation. Empty means
    /// <see cref="TranslationExemptions.Default"/>. The configuration binder appends configured array
    /// items to an array's initial items, so the default lives there rather than here: a configured
    /// list then replaces it instead of extending it.
    /// </summary>
    public string[] TranslationExemptCountries { get; set; } = [];

    /// <summary>Tesseract language set for pages without a text layer; the first language leads.</summary>
    public string OcrLanguages { get; set; } = "fra+eng";

    /// <summary>
    /// Pages are read at this resolution: 200 dpi puts the x-height of 10-point text at about
    /// 14 px, where Tesseract's recogniser is reliable, while an A4 page stays under 4 megapixels.
    /// </summary>
    public int OcrDpi { get; set; } = 200;

    /// <summary>Ceiling on the pixels given to OCR per page, whatever the page size or photo resolution.</summary>
    public long OcrMaxPixels { get; set; } = 4_200_000;

    /// <summary>Recognition deadline for one page (layout analysis before it cannot be interrupted: about 0.5 s at 200 dpi).</summary>
    public int PageDeadlineMs { get; set; } = 5_000;

    /// <summary>
    /// Time for reading all pages of one upload, engine wait included. Kept well under the
    /// pipeline's per-check timeout (20 s), so a slow document ends in review with its pages
    /// named, not in a timeout.
    /// </summary>
    public int DocumentBudgetMs { get; set; } = 14_000;

    /// <summary>A text layer with at least this many letters is used as the page's text; below it the page is read by OCR.</summary>
    public int MinTextLayerLetters { get; set; } = 40;

    /// <summary>A page's language is taken as known at or above this confidence; below it the page is "unsure".</summary>
    public double MinLanguageConfidence { get; set; } = 0.75;

    /// <summary>A French page scoring this much in translation cues is a sworn translation.</summary>
    public double TranslationScoreThreshold { get; set; } = 5.0;

    /// <summary>A French page scoring at least this, but under the threshold, may be a translation: an agent decides.</summary>
    public double TranslationReviewScore { get; set; } = 3.0;
}
