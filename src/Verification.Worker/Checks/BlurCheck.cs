using System.Globalization;
using Contracts;
using Microsoft.Extensions.Options;
using Verification.Worker.Quality;

namespace Verification.Worker.Checks;

/// <summary>
/// Out of focus or shaken ("flou"). Scored on the edges of the content at a fixed working
/// resolution; born-digital PDF pages are not scored, they cannot be blurry.
/// </summary>
public sealed class BlurCheck(IOptions<QualityOptions> options) : IDocumentCheck
{
    public string Name => CheckNames.Blur;

    public bool StopsOnReject => false;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        var thresholds = options.Value;
        var measured = document.ScannedPages.Where(p => p.Quality!.EdgeSamples >= thresholds.MinimumEdgeSamples).ToList();
        if (measured.Count == 0)
        {
            return ValueTask.FromResult(Finding.NotApplicable(Name, "no scanned content with enough edges to score"));
        }
        var worst = measured.MinBy(p => p.Quality!.Sharpness)!;
        var q = worst.Quality!;
        var value = string.Create(CultureInfo.InvariantCulture, $"sharpness {q.Sharpness:0.000} (page {worst.Number})");
        var threshold = string.Create(CultureInfo.InvariantCulture,
            $">= {thresholds.SharpnessReviewBelow:0.000} (reject below {thresholds.SharpnessRejectBelow:0.000})");
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"horizontal edges {q.SharpnessHorizontal:0.000}, vertical edges {q.SharpnessVertical:0.000}, {q.EdgeSamples} edges");
        var finding = q.Sharpness < thresholds.SharpnessRejectBelow
            ? Finding.Reject(Name, ReasonCodes.Blurry, value, threshold, detail, Confidence(q.Sharpness, thresholds))
            : q.Sharpness < thresholds.SharpnessReviewBelow
                ? Finding.Review(Name, ReasonCodes.Blurry, value, threshold, detail)
                : Finding.Pass(Name, value, threshold, detail, Confidence(q.Sharpness, thresholds));
        return ValueTask.FromResult(finding);
    }

    /// <summary>Further from the review band, surer: 0.5 at its edges, approaching 1 one band-width away.</summary>
    private static double Confidence(double sharpness, QualityOptions thresholds)
    {
        var band = Math.Max(1e-6, thresholds.SharpnessReviewBelow - thresholds.SharpnessRejectBelow);
        var distance = sharpness < thresholds.SharpnessRejectBelow
            ? thresholds.SharpnessRejectBelow - sharpness
            : sharpness - thresholds.SharpnessReviewBelow;
        return Math.Round(Math.Min(1, 0.5 + distance / (2 * band)), 2);
    }
}
