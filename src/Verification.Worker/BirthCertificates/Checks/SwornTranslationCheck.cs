using System.Globalization;
using Contracts;
using Microsoft.Extensions.Options;
using Verification.Worker.Checks;

namespace Verification.Worker.BirthCertificates.Checks;

/// <summary>
/// The rule students are given: the original AND its sworn French translation in ONE file, unless
/// the original is in French or English, or the country of birth is on the exemption list.
/// A non-French, non-exempt original with no translation in the same file is <c>translation_missing</c>;
/// a page that may be a translation, or an original whose language is uncertain, goes to an agent.
/// </summary>
public sealed class SwornTranslationCheck(CertificateReader reader, TranslationExemptions exemptions, IOptions<BirthCertificateOptions> options)
    : IDocumentCheck
{
    public string Name => BirthCertificateCheckNames.SwornTranslation;

    public bool StopsOnReject => false;

    public async ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        if (CertificateReader.NotApplicableBecause(document) is { } reason)
        {
            return Finding.NotApplicable(Name, reason);
        }
        var reading = await reader.ReadAsync(document, cancellationToken);
        var originals = reading.Originals;
        if (originals.Count == 0)
        {
            return Finding.NotApplicable(Name, "no original page to judge (see certificate_original)");
        }
        var (country, exempt) = exemptions.For(document.Applicant);
        var threshold = string.Create(CultureInfo.InvariantCulture,
            $"a French sworn translation (score >= {options.Value.TranslationScoreThreshold:0.0}) in the same file, unless the original is French or English or the country of birth is exempt");
        var translations = reading.Translations;
        if (translations.Count > 0)
        {
            var best = translations.MaxBy(p => p.Translation.Score)!;
            return Finding.Pass(Name, $"sworn French translation on page(s) {CertificateReading.Numbers(translations)}", threshold,
                best.Describe(), confidence: Confidence(best.Translation.Score));
        }
        if (exempt)
        {
            return Finding.Pass(Name, $"country of birth {country} is exempt from translation", threshold,
                $"{exemptions.Count} exempt countries (BirthCertificates:TranslationExemptCountries)\n{reading.Describe()}");
        }

        var foreign = originals.Where(p => reading.IsSure(p) && !p.Language.NeedsNoTranslation).ToList();
        var unsure = reading.UnsureOriginals;
        var countryNote = country is null ? "no country of birth declared" : $"{country} is not exempt";
        if (foreign.Count > 0)
        {
            var value = $"original in {string.Join(", ", foreign.Select(p => p.Language.Name).Distinct())} (page(s) {CertificateReading.Numbers(foreign)}), no sworn French translation; {countryNote}";
            var doubts = reading.PossibleTranslations.Concat(reading.Unread).ToList();
            return doubts.Count > 0
                ? Finding.Review(Name, ReasonCodes.TranslationMissing, value, threshold,
                    $"page(s) {CertificateReading.Numbers(doubts)} may hold a translation\n{reading.Describe()}")
                : Finding.Reject(Name, ReasonCodes.TranslationMissing, value, threshold, reading.Describe(),
                    Math.Round(foreign.Min(p => p.Language.Confidence), 2));
        }
        if (unsure.Count > 0 || reading.Unread.Count > 0)
        {
            return Finding.Review(Name, ReasonCodes.TranslationMissing,
                $"language of page(s) {CertificateReading.Numbers(unsure.Concat(reading.Unread))} uncertain; {countryNote}", threshold, reading.Describe());
        }
        var language = string.Join(" and ", originals.Select(p => p.Language.Name).Distinct());
        return Finding.Pass(Name, $"original in {language}: no translation needed", threshold, reading.Describe(),
            Math.Round(originals.Min(p => p.Language.Confidence), 2));
    }

    /// <summary>0.5 at the threshold, 1 two points above it (a full sworn translation scores 10-15).</summary>
    private double Confidence(double score) =>
        Math.Round(Math.Clamp(0.5 + ((score - options.Value.TranslationScoreThreshold) / 4), 0.5, 1), 2);
}
