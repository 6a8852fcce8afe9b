using Imaging;

namespace Verification.Worker.Quality;

/// <summary>
/// Focus measure: at each strong edge, the steepest one-pixel step divided by the edge's contrast.
/// A sharp edge crosses in about one pixel (ratio near 1); blur spreads it (ratio near 1/width).
/// Dividing by the contrast makes it independent of lighting and ink colour; measuring at a fixed
/// working resolution makes it independent of the camera's pixel count. Horizontal and vertical
/// edges are scored apart, so a shake in one direction is not hidden by the sharp other direction.
/// </summary>
internal static class EdgeSharpness
{
    private const int Window = 4;
    private const int MinContrast = 48;

    public readonly record struct Result(double Sharpness, double Horizontal, double Vertical, int Samples);

    public static Result Measure(GrayImage image, PaperRegion region)
    {
        var horizontal = Sample(image, region, horizontalSteps: true);
        var vertical = Sample(image, region, horizontalSteps: false);
        var h = TopHalfMean(horizontal);
        var v = TopHalfMean(vertical);
        return new Result(Math.Min(h, v), h, v, horizontal.Count + vertical.Count);
    }

    private static List<double> Sample(GrayImage image, PaperRegion region, bool horizontalSteps)
    {
        var (width, pixels) = (image.Width, image.Pixels);
        var samples = new List<double>();
        // Stay clear of the paper's own outline: the paper-to-background edge is not text.
        var inset = region.FillsFrame ? Window + 1 : Window + 6;
        var (left, right, top, bottom) = (region.Left + inset, region.Right - inset, region.Top + inset, region.Bottom - inset);
        var stride = horizontalSteps ? 1 : width;
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                var index = y * width + x;
                var step = Math.Abs(pixels[index + stride] - pixels[index]);
                if (step < MinContrast / 4
                    || step < Math.Abs(pixels[index] - pixels[index - stride])
                    || step < Math.Abs(pixels[index + 2 * stride] - pixels[index + stride]))
                {
                    continue;
                }
                int min = 255, max = 0;
                for (var k = -Window; k <= Window + 1; k++)
                {
                    var p = pixels[index + k * stride];
                    min = Math.Min(min, p);
                    max = Math.Max(max, p);
                }
                var contrast = max - min;
                if (contrast >= MinContrast)
                {
                    samples.Add((double)step / contrast);
                }
            }
        }
        return samples;
    }

    /// <summary>The best-focused half of the edges: text is sharp where anything is, and noise edges are weak.</summary>
    private static double TopHalfMean(List<double> samples)
    {
        if (samples.Count == 0)
        {
            return 0;
        }
        samples.Sort();
        var from = samples.Count / 2;
        double sum = 0;
        for (var i = from; i < samples.Count; i++)
        {
            sum += samples[i];
        }
        return sum / (samples.Count - from);
    }
}
