using Imaging;

namespace Verification.Worker.Quality;

/// <summary>
/// Focus measure: at each strong edge, the inverse of its 10–90 % rise width across the edge, in
/// pixels. A sharp edge rises in about one pixel (score near 1); blur spreads it (score 1/width).
/// Rise width rather than the steepest step, because a shake's one-sided smear keeps a steep front
/// and only shows in its long tail. Relative to the edge's own contrast, so lighting and ink colour
/// do not matter; at a fixed working resolution, so the camera's pixel count does not either.
/// Edges are sorted into four orientations and the worst orientation is reported: a shake blurs only
/// the edges across its direction, and the sharp edges along it must not hide that.
/// </summary>
internal static class EdgeSharpness
{
    private const int Window = 6;
    private const int MinContrast = 48;
    private const int MinSamplesPerOrientation = 60;

    public readonly record struct Result(double Sharpness, double Horizontal, double Vertical, int Samples);

    // Steps across an edge whose gradient points along 0°, 45°, 90° and 135°.
    private static readonly (int Dx, int Dy)[] Directions = [(1, 0), (1, 1), (0, 1), (1, -1)];

    public static Result Measure(GrayImage image, PaperRegion region)
    {
        var samples = new List<double>[Directions.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = [];
        }
        Collect(image, region, samples);
        var scores = samples.Select(s => s.Count >= MinSamplesPerOrientation ? TopQuarterMean(s) : double.NaN).ToArray();
        var valid = scores.Where(s => !double.IsNaN(s)).ToList();
        var total = samples.Sum(s => s.Count);
        return valid.Count == 0
            ? new Result(0, 0, 0, total)
            : new Result(valid.Min(), Or(scores[0], valid.Max()), Or(scores[2], valid.Max()), total);
    }

    private static double Or(double value, double fallback) => double.IsNaN(value) ? fallback : value;

    private static void Collect(GrayImage image, PaperRegion region, List<double>[] samples)
    {
        var (width, pixels) = (image.Width, image.Pixels);
        // Stay clear of the paper's own outline: the paper-to-background edge is not content.
        var inset = region.FillsFrame ? Window + 2 : Window + 8;
        var (left, right, top, bottom) = (region.Left + inset, region.Right - inset, region.Top + inset, region.Bottom - inset);
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                var index = y * width + x;
                var gx = pixels[index + 1] - pixels[index - 1];
                var gy = pixels[index + width] - pixels[index - width];
                if (Math.Abs(gx) + Math.Abs(gy) < MinContrast / 3)
                {
                    continue;
                }
                var orientation = Orientation(gx, gy);
                var (dx, dy) = Directions[orientation];
                var stride = dy * width + dx;
                var step = Math.Abs(pixels[index + stride] - pixels[index]);
                // Only the steepest step of the transition counts: its neighbours along the same line are smaller.
                if (step < Math.Abs(pixels[index] - pixels[index - stride])
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
                if (max - min >= MinContrast)
                {
                    samples[orientation].Add(1 / RiseWidth(pixels, index, stride, min, max));
                }
            }
        }
    }

    /// <summary>
    /// Distance, with sub-pixel interpolation, between where the profile through the steepest step
    /// leaves the dark 10 % and where it reaches the bright 90 % of the edge's range.
    /// </summary>
    private static double RiseWidth(byte[] pixels, int index, int stride, int min, int max)
    {
        var rising = pixels[index + stride] > pixels[index];
        double Level(int k) => rising ? pixels[index + k * stride] - min : max - pixels[index + k * stride];
        var range = (double)(max - min);
        var (low, high) = (0.1 * range, 0.9 * range);
        var start = (double)-Window;
        for (var k = 0; k > -Window; k--)
        {
            if (Level(k - 1) <= low)
            {
                var (a, b) = (Level(k - 1), Level(k));
                start = k - 1 + (b > a ? (low - a) / (b - a) : 0);
                break;
            }
        }
        var end = (double)Window + 1;
        for (var k = 1; k < Window + 1; k++)
        {
            if (Level(k) >= high)
            {
                var (a, b) = (Level(k - 1), Level(k));
                end = k - 1 + (b > a ? (high - a) / (b - a) : 1);
                break;
            }
        }
        return Math.Max(1, end - start);
    }

    /// <summary>0 for a mostly horizontal gradient, 2 for vertical, 1 and 3 for the diagonals.</summary>
    private static int Orientation(int gx, int gy)
    {
        var angle = Math.Atan2(gy, gx) * 180 / Math.PI;
        if (angle < 0)
        {
            angle += 180;
        }
        return (int)Math.Round(angle / 45) % 4;
    }

    /// <summary>The best-focused quarter of the edges: content is sharp where anything is, and soft design edges are not.</summary>
    private static double TopQuarterMean(List<double> samples)
    {
        samples.Sort();
        var from = samples.Count * 3 / 4;
        double sum = 0;
        for (var i = from; i < samples.Count; i++)
        {
            sum += samples[i];
        }
        return sum / (samples.Count - from);
    }
}
