using Imaging;

namespace Verification.Worker.BirthCertificates.Reading;

/// <summary>Share of dark pixels on a page: near zero on a blank page, a few percent on a printed one.</summary>
internal static class InkCoverage
{
    /// <summary>Darker than this on the 0-255 scale is ink; paper, even grey recycled paper, stays well above.</summary>
    private const byte InkBelow = 110;

    public static double Of(GrayImage image)
    {
        long dark = 0, sampled = 0;
        // Every other row and column: a page-wide share does not need every pixel.
        for (var y = 0; y < image.Height; y += 2)
        {
            var row = image.Pixels.AsSpan(y * image.Width, image.Width);
            for (var x = 0; x < row.Length; x += 2)
            {
                dark += row[x] < InkBelow ? 1 : 0;
                sampled++;
            }
        }
        return sampled == 0 ? 0 : (double)dark / sampled;
    }
}
