using System.Globalization;
using Contracts;
using Imaging.Pdf;
using Verification.Worker.Formats;

namespace Verification.Worker.Checks;

/// <summary>
/// A PDF page far larger than any paper document (the biggest a student could scan is A3) or too
/// small to hold one is a crafted or broken file. It is not rendered at absurd sizes anyway, but an
/// agent should look at it rather than the machine guessing.
/// </summary>
public sealed class PageSizeCheck : IDocumentCheck
{
    // A3 is 11.7 × 16.5 in; twice that on each side leaves room for odd scanner settings.
    private const double MaxSideInches = 34;
    // Smaller than a bank card's short side (2.1 in) by a good margin.
    private const double MinSideInches = 1;

    public string Name => CheckNames.PageSize;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        if (document.Format != FileFormat.Pdf || document.Pdf.Status != PdfOpenStatus.Opened)
        {
            return ValueTask.FromResult(Finding.NotApplicable(Name, "not an opened PDF"));
        }
        var threshold = string.Create(CultureInfo.InvariantCulture, $"each side {MinSideInches}-{MaxSideInches} in");
        var pages = Math.Min(document.Pdf.PageCount, PageLimits.For(document.DocumentType));
        for (var index = 0; index < pages; index++)
        {
            var size = document.Pdf.GetPageSize(index);
            var (shortSide, longSide) = (Math.Min(size.WidthInches, size.HeightInches), Math.Max(size.WidthInches, size.HeightInches));
            if (!size.IsUsable || longSide > MaxSideInches || shortSide < MinSideInches)
            {
                var value = string.Create(CultureInfo.InvariantCulture, $"page {index + 1} is {size.WidthInches:0.#} x {size.HeightInches:0.#} in");
                return ValueTask.FromResult(Finding.Review(Name, ReasonCodes.ProcessingFailed, value, threshold,
                    "no paper document has this page size; an agent decides", confidence: 0.9));
            }
        }
        return ValueTask.FromResult(Finding.Pass(Name, $"{pages} page(s) of paper size", threshold));
    }
}
