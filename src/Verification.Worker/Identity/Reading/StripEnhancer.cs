using Imaging;

namespace Verification.Worker.Identity.Reading;

/// <summary>
/// Second looks at a strip whose first reading did not validate. Each changes what Tesseract's own
/// global threshold sees, so its mistakes land elsewhere and the check digits can pick among readings.
/// </summary>
internal static class StripEnhancer
{
    /// <summary>
    /// Black and white against the local background (mean over a window of about two glyph heights):
    /// uneven lighting, a shadow across the zone or a tinted security print no longer shift the threshold.
    /// </summary>
    public static GrayImage Binarize(GrayImage strip, int window)
    {
        var (width, height, pixels) = (strip.Width, strip.Height, strip.Pixels);
        var integral = new long[(width + 1) * (height + 1)];
        for (var y = 0; y < height; y++)
        {
            long row = 0;
            for (var x = 0; x < width; x++)
            {
                row += pixels[(y * width) + x];
                integral[((y + 1) * (width + 1)) + x + 1] = integral[(y * (width + 1)) + x + 1] + row;
            }
        }
        var radius = Math.Max(2, window / 2);
        var result = new byte[pixels.Length];
        for (var y = 0; y < height; y++)
        {
            var y0 = Math.Max(0, y - radius);
            var y1 = Math.Min(height, y + radius + 1);
            for (var x = 0; x < width; x++)
            {
                var x0 = Math.Max(0, x - radius);
                var x1 = Math.Min(width, x + radius + 1);
                var sum = integral[(y1 * (width + 1)) + x1] - integral[(y0 * (width + 1)) + x1]
                          - integral[(y1 * (width + 1)) + x0] + integral[(y0 * (width + 1)) + x0];
                var mean = (double)sum / ((y1 - y0) * (x1 - x0));
                // Ink is clearly darker than its surroundings; flat paper (mean close to the pixel) stays white.
                result[(y * width) + x] = pixels[(y * width) + x] < mean - Math.Max(8, 0.12 * mean) ? (byte)0 : (byte)255;
            }
        }
        return new GrayImage(width, height, result);
    }

    /// <summary>Stretches the strip's 2nd–98th percentiles to full range: a faded or blurred zone regains contrast.</summary>
    public static GrayImage Stretch(GrayImage strip)
    {
        var histogram = new int[256];
        foreach (var p in strip.Pixels)
        {
            histogram[p]++;
        }
        int Percentile(double share)
        {
            var target = strip.Pixels.Length * share;
            var seen = 0;
            for (var v = 0; v < 256; v++)
            {
                seen += histogram[v];
                if (seen >= target)
                {
                    return v;
                }
            }
            return 255;
        }
        var low = Percentile(0.02);
        var high = Math.Max(low + 1, Percentile(0.98));
        var result = new byte[strip.Pixels.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (byte)Math.Clamp((strip.Pixels[i] - low) * 255 / (high - low), 0, 255);
        }
        return new GrayImage(strip.Width, strip.Height, result);
    }
}
