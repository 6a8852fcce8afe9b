using Imaging;

namespace Verification.Worker.Quality;

/// <summary>Where the document is in the frame, and how much of each side of the frame it touches.</summary>
internal sealed record PaperRegion(
    bool FillsFrame,
    int Left,
    int Top,
    int Right,
    int Bottom,
    double TouchTop,
    double TouchBottom,
    double TouchLeft,
    double TouchRight)
{
    /// <summary>A scan: the page is the whole image, there is no background to find.</summary>
    public static PaperRegion WholeFrame(GrayImage image) =>
        new(true, 0, 0, image.Width - 1, image.Height - 1, 1, 1, 1, 1);

    /// <summary>
    /// Separates bright paper from a darker background (Otsu on a small copy) and keeps the largest
    /// bright blob. When that blob covers nearly the whole frame the image is treated as a scan.
    /// </summary>
    public static PaperRegion Find(GrayImage image)
    {
        var small = GrayImageScaler.ScaleToLongSide(image, 256);
        var threshold = Otsu(small.Pixels);
        var bright = new bool[small.Pixels.Length];
        for (var i = 0; i < bright.Length; i++)
        {
            bright[i] = small.Pixels[i] > threshold;
        }
        var labels = new int[bright.Length];
        var components = ConnectedComponents.Find(bright, small.Width, small.Height, labels);
        if (components.Count == 0)
        {
            return WholeFrame(image);
        }
        var paperLabel = 0;
        for (var i = 1; i < components.Count; i++)
        {
            if (components[i].Area > components[paperLabel].Area)
            {
                paperLabel = i;
            }
        }
        var paper = components[paperLabel];
        var frameArea = (double)small.Width * small.Height;
        // Too small a bright blob is not a document on a background but a bright detail in a dark scan.
        if (paper.Area < 0.15 * frameArea)
        {
            return WholeFrame(image);
        }
        double Touch(Func<int, int> indexAt, int length)
        {
            var touching = 0;
            for (var i = 0; i < length; i++)
            {
                var index = indexAt(i);
                if (bright[index] && labels[index] == paperLabel)
                {
                    touching++;
                }
            }
            return (double)touching / length;
        }
        var (w, h) = (small.Width, small.Height);
        var (top, bottom, left, right) = (Touch(i => i, w), Touch(i => (h - 1) * w + i, w), Touch(i => i * w, h), Touch(i => i * w + w - 1, h));
        // Paper along most of every side is a page filling the frame: a scan, whose dark text merely lowers the paper's area.
        if (Math.Min(Math.Min(top, bottom), Math.Min(left, right)) >= 0.5)
        {
            return WholeFrame(image);
        }
        var factor = (double)image.Width / w;
        return new PaperRegion(false,
            (int)(paper.Left * factor), (int)(paper.Top * factor),
            Math.Min(image.Width - 1, (int)((paper.Right + 1) * factor)), Math.Min(image.Height - 1, (int)((paper.Bottom + 1) * factor)),
            top, bottom, left, right);
    }

    private static int Otsu(byte[] pixels)
    {
        var histogram = new long[256];
        foreach (var p in pixels)
        {
            histogram[p]++;
        }
        double total = pixels.Length, sumAll = 0;
        for (var i = 0; i < 256; i++)
        {
            sumAll += i * histogram[i];
        }
        double sumBackground = 0, weightBackground = 0, best = -1;
        var threshold = 127;
        for (var t = 0; t < 256; t++)
        {
            weightBackground += histogram[t];
            if (weightBackground == 0 || weightBackground == total)
            {
                continue;
            }
            sumBackground += t * histogram[t];
            var meanBackground = sumBackground / weightBackground;
            var meanForeground = (sumAll - sumBackground) / (total - weightBackground);
            var between = weightBackground * (total - weightBackground) * Math.Pow(meanBackground - meanForeground, 2);
            if (between > best)
            {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }
}
