namespace Verification.Worker.Identity.Reading;

/// <summary>
/// Where a line's ink really starts and ends in its strip. The localiser's bar is measured at a quarter of
/// the resolution and shared by all lines of the zone, so it can be off by a character at either end; the
/// grid needs the ends to within a fraction of a pitch.
/// </summary>
internal static class InkExtent
{
    /// <summary>The first and last columns of glyph ink near the localiser's ends, or the localiser's own ends when none is clear.</summary>
    public static (double Start, double End) Measure(LineStrip strip)
    {
        var image = strip.Image;
        var top = (int)Math.Max(0, (image.Height / 2.0) - (0.45 * strip.GlyphPixels));
        var bottom = (int)Math.Min(image.Height, (image.Height / 2.0) + (0.45 * strip.GlyphPixels));
        var (paper, ink) = Levels(image, top, bottom);
        if (paper - ink < 40)
        {
            return (strip.TextStart, strip.TextEnd);
        }
        var threshold = paper - (0.45 * (paper - ink));
        var minimum = Math.Max(2, (int)(0.1 * strip.GlyphPixels));
        var inked = new bool[image.Width];
        for (var x = 0; x < image.Width; x++)
        {
            var count = 0;
            for (var y = top; y < bottom; y++)
            {
                count += image.Pixels[(y * image.Width) + x] < threshold ? 1 : 0;
            }
            inked[x] = count >= minimum;
        }
        var reach = 1.5 * strip.GlyphPixels;
        var start = FirstGlyph(inked, (int)Math.Max(0, strip.TextStart - reach), (int)Math.Min(image.Width, strip.TextStart + reach), 1, strip.GlyphPixels);
        var end = FirstGlyph(inked, (int)Math.Min(image.Width - 1, strip.TextEnd + reach), (int)Math.Max(0, strip.TextEnd - reach), -1, strip.GlyphPixels);
        return (start ?? strip.TextStart, end is { } e ? e + 1 : strip.TextEnd);
    }

    /// <summary>The first column, walking from <paramref name="from"/>, that begins a glyph-sized cluster of inked columns.</summary>
    private static int? FirstGlyph(bool[] inked, int from, int to, int step, double glyph)
    {
        for (var x = from; x != to; x += step)
        {
            if (!inked[x])
            {
                continue;
            }
            // A glyph's strokes ink a few columns within its width ('I' and 'L' have a single stem); a dot of noise, one or two.
            var count = 0;
            for (var k = 0; k < 0.6 * glyph && x + (k * step) >= 0 && x + (k * step) < inked.Length; k++)
            {
                count += inked[x + (k * step)] ? 1 : 0;
            }
            if (count >= Math.Max(3, 0.09 * glyph))
            {
                return x;
            }
        }
        return null;
    }

    /// <summary>Paper (90th percentile) and ink (2nd percentile) levels of the glyph band.</summary>
    private static (double Paper, double Ink) Levels(Imaging.GrayImage image, int top, int bottom)
    {
        var histogram = new int[256];
        for (var y = top; y < bottom; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                histogram[image.Pixels[(y * image.Width) + x]]++;
            }
        }
        var total = (bottom - top) * image.Width;
        int Percentile(double share)
        {
            var seen = 0;
            for (var v = 0; v < 256; v++)
            {
                seen += histogram[v];
                if (seen >= total * share)
                {
                    return v;
                }
            }
            return 255;
        }
        return (Percentile(0.9), Percentile(0.02));
    }
}
