namespace Ocr;

/// <summary>
/// Spots images that are noise rather than a document before Tesseract's layout analysis sees them.
/// The monitor's deadline is only checked between recognised words, never during layout analysis,
/// and layout analysis on noise is where Tesseract spends the longest: measured on this pipeline's
/// machines, 5.5 s for a 4000x4000 random page and 31 s for an A4 page of heavy grain (54 s with
/// single-block segmentation), whatever the deadline. Such pages have no text to find.
/// </summary>
internal static class NoiseGuard
{
    /// <summary>
    /// Below this many pixels layout analysis stays cheap even on noise (≈0.3 s for 1000x1000),
    /// and tight crops of dense text (an MRZ line) can have noise-like transition rates.
    /// </summary>
    internal const long MinPixels = 1_000_000;

    /// <summary>
    /// Ink/paper changes per pixel along rows, after the same global Otsu threshold Tesseract applies.
    /// Printed pages measure 0.005–0.07 (A4 text at 300 DPI: 0.03); random and grain noise 0.38–0.5.
    /// </summary>
    internal const double MaxTransitionDensity = 0.2;

    // Every 4th row is plenty for a page-wide statistic and keeps the check to a few milliseconds.
    private const int RowStep = 4;

    internal static bool LooksLikeNoise(OcrImage image, OcrRectangle area, out double density)
    {
        density = 0;
        if ((long)area.Width * area.Height < MinPixels)
        {
            return false;
        }

        int threshold = OtsuThreshold(image, area);
        long transitions = 0;
        long sampled = 0;
        var pixels = image.Pixels;
        for (int y = area.Top; y < area.Bottom; y += RowStep)
        {
            int row = y * image.Stride;
            bool ink = pixels[row + area.Left] <= threshold;
            for (int x = area.Left + 1; x < area.Right; x++)
            {
                bool next = pixels[row + x] <= threshold;
                transitions += ink != next ? 1 : 0;
                ink = next;
            }

            sampled += area.Width;
        }

        density = (double)transitions / sampled;
        return density > MaxTransitionDensity;
    }

    private static int OtsuThreshold(OcrImage image, OcrRectangle area)
    {
        Span<long> histogram = stackalloc long[256];
        var pixels = image.Pixels;
        for (int y = area.Top; y < area.Bottom; y += RowStep)
        {
            int row = y * image.Stride;
            foreach (byte value in pixels.AsSpan(row + area.Left, area.Width))
            {
                histogram[value]++;
            }
        }

        long total = 0;
        double sum = 0;
        for (int i = 0; i < 256; i++)
        {
            total += histogram[i];
            sum += i * (double)histogram[i];
        }

        long background = 0;
        double sumBackground = 0;
        double bestVariance = -1;
        int best = 127;
        for (int i = 0; i < 256; i++)
        {
            background += histogram[i];
            if (background == 0)
            {
                continue;
            }

            long foreground = total - background;
            if (foreground == 0)
            {
                break;
            }

            sumBackground += i * (double)histogram[i];
            double meanBackground = sumBackground / background;
            double meanForeground = (sum - sumBackground) / foreground;
            double variance = (double)background * foreground * (meanBackground - meanForeground) * (meanBackground - meanForeground);
            if (variance > bestVariance)
            {
                bestVariance = variance;
                best = i;
            }
        }

        return best;
    }
}
