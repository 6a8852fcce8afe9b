using Contracts;
using Verification.Worker.Checks;

namespace Verification.Worker.BirthCertificates.Checks;

/// <summary>The upload contains the birth record itself, not only its translation (<c>original_missing</c>).</summary>
public sealed class CertificateOriginalCheck(CertificateReader reader) : IDocumentCheck
{
    private const string Threshold = "at least one page that is not the translation";

    public string Name => BirthCertificateCheckNames.Original;

    public bool StopsOnReject => false;

    public async ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        if (CertificateReader.NotApplicableBecause(document) is { } reason)
        {
            return Finding.NotApplicable(Name, reason);
        }
        var reading = await reader.ReadAsync(document, cancellationToken);
        var originals = reading.Originals;
        if (originals.Count > 0)
        {
            var languages = string.Join(", ", originals.Select(p => p.Language.Name).Distinct());
            return Finding.Pass(Name, $"original on page(s) {CertificateReading.Numbers(originals)} ({languages})", Threshold,
                confidence: Math.Round(originals.Max(p => p.Language.Confidence), 2));
        }
        var translations = reading.Translations;
        if (translations.Count > 0 && reading.PossibleTranslations.Count == 0 && reading.Unread.Count == 0)
        {
            return Finding.Reject(Name, ReasonCodes.OriginalMissing, $"only the sworn translation (page(s) {CertificateReading.Numbers(translations)})",
                Threshold, reading.Describe(), confidence: Math.Round(translations.Min(p => p.Language.Confidence), 2));
        }
        var value = reading.Pages.All(p => p.Role == PageRole.Blank) ? "every page is blank" : "no page surely the original";
        return Finding.Review(Name, ReasonCodes.OriginalMissing, value, Threshold, reading.Describe());
    }
}
