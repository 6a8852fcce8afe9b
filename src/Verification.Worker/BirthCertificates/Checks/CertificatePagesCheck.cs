using System.Globalization;
using Contracts;
using Microsoft.Extensions.Options;
using Verification.Worker.Checks;

namespace Verification.Worker.BirthCertificates.Checks;

/// <summary>
/// Reads every page and says what each one is: its language with a confidence, and whether it is
/// an original, a sworn translation, or neither for sure. A page not read or not surely classified
/// goes to an agent with every page's measures in the detail.
/// </summary>
public sealed class CertificatePagesCheck(CertificateReader reader, IOptions<BirthCertificateOptions> options) : IDocumentCheck
{
    public string Name => BirthCertificateCheckNames.Pages;

    public bool StopsOnReject => false;

    public async ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        if (CertificateReader.NotApplicableBecause(document) is { } reason)
        {
            return Finding.NotApplicable(Name, reason);
        }
        var reading = await reader.ReadAsync(document, cancellationToken);
        var settings = options.Value;
        var value = Summary(reading);
        var threshold = string.Create(CultureInfo.InvariantCulture,
            $"language confidence >= {settings.MinLanguageConfidence:0.00}; sworn translation score >= {settings.TranslationScoreThreshold:0.0} (agent from {settings.TranslationReviewScore:0.0})");
        var doubtful = reading.Doubtful;
        if (doubtful.Count > 0)
        {
            return Finding.Review(Name, ReasonCodes.TranslationMissing, value, threshold,
                $"unsure about page(s) {CertificateReading.Numbers(doubtful)}\n{reading.Describe()}");
        }
        var read = reading.Pages.Where(p => p.Role != PageRole.Blank).ToList();
        var confidence = read.Count == 0 ? 0.5 : read.Min(p => p.Role == PageRole.Translation ? 1 : p.Language.Confidence);
        return Finding.Pass(Name, value, threshold, reading.Describe(), Math.Round(confidence, 2));
    }

    private static string Summary(CertificateReading reading)
    {
        var parts = new List<string>();
        foreach (var group in reading.Pages.GroupBy(p => p.Role).OrderBy(g => g.Key))
        {
            var pages = CertificateReading.Numbers(group);
            parts.Add(group.Key switch
            {
                PageRole.Original => $"original p. {pages} ({string.Join(", ", group.Select(p => p.Language.Name).Distinct())})",
                PageRole.Translation => $"sworn translation p. {pages}",
                PageRole.PossibleTranslation => $"possible translation p. {pages}",
                PageRole.Blank => $"blank p. {pages}",
                _ => $"not read p. {pages}",
            });
        }
        return string.Join("; ", parts);
    }
}
