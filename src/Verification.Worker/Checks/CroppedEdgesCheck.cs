using System.Globalization;
using Contracts;
using Microsoft.Extensions.Options;
using Verification.Worker.Quality;

namespace Verification.Worker.Checks;

/// <summary>
/// Cut off at the edges ("coupé sur les bords"): a photographed document that runs off the frame,
/// or content (text, stamps, the MRZ) that touches the border of a scan.
/// </summary>
public sealed class CroppedEdgesCheck(IOptions<QualityOptions> options) : IDocumentCheck
{
    public string Name => CheckNames.CroppedEdges;

    public bool StopsOnReject => false;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        var t = options.Value;
        var findings = document.ScannedPages.Select(page => Judge(page.Number, page.Quality!, t)).ToList();
        if (findings.Count == 0)
        {
            return ValueTask.FromResult(Finding.NotApplicable(Name, "no scanned page to frame"));
        }
        // The worst page decides: one cut page is a cut document.
        var worst = findings.FirstOrDefault(f => f.Outcome == FindingOutcome.Reject)
            ?? findings.FirstOrDefault(f => f.Outcome == FindingOutcome.Review)
            ?? findings[0];
        return ValueTask.FromResult(worst);
    }

    private Finding Judge(int page, QualityMeasurements q, QualityOptions t)
    {
        var margin = string.Create(CultureInfo.InvariantCulture, $"content {q.ContentMargin * 100:0.0}% from the {q.ContentMarginSide} border (page {page})");
        var marginThreshold = string.Create(CultureInfo.InvariantCulture,
            $">= {t.MarginReviewBelow * 100:0.0}% (reject below {t.MarginRejectBelow * 100:0.0}%)");
        if (q.DocumentOnBackground)
        {
            // A photo: the document is cut when it runs off the frame; its distance to the frame edge is only informative.
            var touch = string.Create(CultureInfo.InvariantCulture, $"document touches {q.FrameTouch * 100:0}% of the {q.FrameTouchSide} frame edge (page {page})");
            var touchThreshold = string.Create(CultureInfo.InvariantCulture,
                $"<= {t.FrameTouchReviewAbove * 100:0}% (reject above {t.FrameTouchRejectAbove * 100:0}%)");
            return q.FrameTouch > t.FrameTouchRejectAbove
                ? Finding.Reject(Name, ReasonCodes.CroppedEdges, touch, touchThreshold, "the document runs off the photo")
                : q.FrameTouch > t.FrameTouchReviewAbove
                    ? Finding.Review(Name, ReasonCodes.CroppedEdges, touch, touchThreshold, "a corner of the document may be outside the photo")
                    : Finding.Pass(Name, touch, touchThreshold, margin);
        }
        return q.ContentMargin < t.MarginRejectBelow
            ? Finding.Reject(Name, ReasonCodes.CroppedEdges, margin, marginThreshold, "content touches the border: it was cut")
            : q.ContentMargin < t.MarginReviewBelow
                ? Finding.Review(Name, ReasonCodes.CroppedEdges, margin, marginThreshold, "content very close to the border")
                : Finding.Pass(Name, margin, marginThreshold);
    }
}
