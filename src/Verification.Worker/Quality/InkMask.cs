using Imaging;

namespace Verification.Worker.Quality;

/// <summary>
/// Marks "ink": pixels clearly darker than their neighbourhood. A local rather than global
/// threshold, because phone photos have lighting gradients across the page.
/// </summary>
internal static class InkMask
{
    /// <summary>Half the side of the neighbourhood window, in working pixels.</summary>
    private const int Radius = 12;

    public static bool[] Compute(GrayImage image)
    {
        var (width, height, pixels) = (image.Width, image.Height, image.Pixels);
        var integral = new long[(width + 1) * (height + 1)];
        for (var y = 0; y < height; y++)
        {
            long row = 0;
            for (var x = 0; x < width; x++)
            {
                row += pixels[y * width + x];
                integral[(y + 1) * (width + 1) + x + 1] = integral[y * (width + 1) + x + 1] + row;
            }
        }
        var mask = new bool[width * height];
        for (var y = 0; y < height; y++)
        {
            var y0 = Math.Max(0, y - Radius);
            var y1 = Math.Min(height, y + Radius + 1);
            for (var x = 0; x < width; x++)
            {
                var x0 = Math.Max(0, x - Radius);
                var x1 = Math.Min(width, x + Radius + 1);
                var sum = integral[y1 * (width + 1) + x1] - integral[y0 * (width + 1) + x1]
                    - integral[y1 * (width + 1) + x0] + integral[y0 * (width + 1) + x0];
                var mean = (double)sum / ((y1 - y0) * (x1 - x0));
                var value = pixels[y * width + x];
                // Both a relative and an absolute margin: paper grain and JPEG noise are not ink.
                mask[y * width + x] = value < mean * 0.82 && mean - value > 24;
            }
        }
        return mask;
    }
}
