namespace Verification.Worker.Identity.Reading;

/// <summary>
/// Moves a column centre onto the glyph that is really there. The grid is fitted to the symbols Tesseract
/// placed, and where it placed none (a long filler run) it is extrapolated and can drift by a fraction of
/// a pitch; a cell cut on a drifted centre holds halves of two glyphs. The window of one glyph width with
/// the most ink, within a third of a pitch of the grid's centre, is the glyph.
/// </summary>
internal static class GlyphSnap
{
    public static double Centre(LineStrip strip, double centre, double pitch)
    {
        var image = strip.Image;
        var top = (int)Math.Max(0, (image.Height / 2.0) - (0.5 * strip.GlyphPixels));
        var bottom = (int)Math.Min(image.Height, (image.Height / 2.0) + (0.5 * strip.GlyphPixels));
        var reach = (int)Math.Round(pitch / 3);
        var half = (int)Math.Round(0.35 * pitch);
        var from = Math.Max(0, (int)Math.Round(centre) - reach - half);
        var to = Math.Min(image.Width, (int)Math.Round(centre) + reach + half + 1);
        if (to - from < (2 * half) + 1)
        {
            return centre;
        }
        // Darkness per column, then a running sum over one glyph width.
        var darkness = new double[to - from];
        for (var x = from; x < to; x++)
        {
            double sum = 0;
            for (var y = top; y < bottom; y++)
            {
                sum += 255 - image.Pixels[(y * image.Width) + x];
            }
            darkness[x - from] = sum;
        }
        var best = centre;
        var bestInk = double.MinValue;
        for (var c = half; c < darkness.Length - half; c++)
        {
            double ink = 0;
            for (var k = c - half; k <= c + half; k++)
            {
                ink += darkness[k];
            }
            // Ties (flat paper) keep the grid's own centre.
            var x = from + c;
            if (ink > bestInk + 1e-6 || (Math.Abs(ink - bestInk) <= 1e-6 && Math.Abs(x - centre) < Math.Abs(best - centre)))
            {
                bestInk = ink;
                best = x;
            }
        }
        return best;
    }
}
