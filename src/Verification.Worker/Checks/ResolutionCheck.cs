using System.Globalization;
using Contracts;
using Microsoft.Extensions.Options;
using Verification.Worker.Quality;

namespace Verification.Worker.Checks;

/// <summary>
/// Too few pixels per character to read the content. Measured on the characters themselves, so a
/// small but sharp ID card photo passes and a large but thumbnail-sized page does not.
/// </summary>
public sealed class ResolutionCheck(IOptions<QualityOptions> options) : IDocumentCheck
{
    public string Name => CheckNames.Resolution;

    public bool StopsOnReject => false;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        var thresholds = options.Value;
        var measured = document.ScannedPages.Where(p => p.HasNativeResolution && p.Quality!.Glyphs >= 10).ToList();
        if (measured.Count == 0)
        {
            return ValueTask.FromResult(Finding.NotApplicable(Name, "no uploaded image with glyphs to measure (PDF pages are rendered at our own resolution)"));
        }
        var worst = measured.MinBy(p => p.Quality!.CharacterHeight)!;
        var height = worst.Quality!.CharacterHeight;
        var value = string.Create(CultureInfo.InvariantCulture, $"{height:0.0} px character height (page {worst.Number})");
        var threshold = string.Create(CultureInfo.InvariantCulture,
            $">= {thresholds.CharacterHeightReviewBelow} px (reject below {thresholds.CharacterHeightRejectBelow})");
        var finding = height < thresholds.CharacterHeightRejectBelow
            ? Finding.Reject(Name, ReasonCodes.LowResolution, value, threshold)
            : height < thresholds.CharacterHeightReviewBelow
                ? Finding.Review(Name, ReasonCodes.LowResolution, value, threshold, "small characters: an agent checks they can be read")
                : Finding.Pass(Name, value, threshold);
        return ValueTask.FromResult(finding);
    }
}
