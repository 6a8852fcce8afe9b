using Imaging;
using Verification.Worker.Identity.Localisation;

namespace Verification.Worker.Identity.Reading;

/// <summary>
/// One MRZ line cut out of the page, turned level and scaled so its characters are
/// <see cref="LineStrip.GlyphHeight"/> pixels high: the size Tesseract's line recogniser works at, so it
/// neither upsamples blur nor throws detail away. <see cref="TextStart"/> and <see cref="TextEnd"/> are
/// where the first and last character begin and end, in strip pixels (as the localiser saw them, until
/// <see cref="WithMeasuredExtent"/> measures them on the strip); the line's centre is the strip's middle
/// row and its characters are <see cref="GlyphPixels"/> high.
/// </summary>
internal sealed record LineStrip(GrayImage Image, double TextStart, double TextEnd, double GlyphPixels)
{
    public const int GlyphHeight = 34;

    /// <summary>
    /// Samples the strip along <paramref name="line"/> (in <paramref name="source"/>'s pixels), extending
    /// <paramref name="halfHeight"/> either side of the centreline and <paramref name="padding"/> beyond each end.
    /// </summary>
    /// <param name="maxHeight">Bound on the strip's height in pixels (a line strip is a few dozen; a visa's visual zone, hundreds).</param>
    public static LineStrip Cut(GrayImage source, BandLine line, double halfHeight, double padding, double glyphHeight = GlyphHeight,
        int maxHeight = 400)
    {
        var scale = glyphHeight / Math.Max(1, line.CharHeight);
        var along = line.Direction;
        var across = new PointD(-along.Y, along.X);
        var width = Math.Clamp((int)Math.Round((line.Length + (2 * padding)) * scale), 8, 8000);
        var height = Math.Clamp((int)Math.Round(2 * halfHeight * scale), 8, maxHeight);
        var origin = line.Start - (along * padding) - (across * halfHeight);
        var pixels = new byte[width * height];
        // Averaging several samples per output pixel when shrinking, so thin strokes do not alias away.
        var samples = scale < 0.75 ? (int)Math.Ceiling(1 / scale) : 1;
        var step = 1.0 / (scale * samples);
        for (var j = 0; j < height; j++)
        {
            for (var i = 0; i < width; i++)
            {
                double sum = 0;
                for (var sj = 0; sj < samples; sj++)
                {
                    var v = (j / scale) + ((sj + 0.5) * step);
                    for (var si = 0; si < samples; si++)
                    {
                        var u = (i / scale) + ((si + 0.5) * step);
                        var x = origin.X + (along.X * u) + (across.X * v) - 0.5;
                        var y = origin.Y + (along.Y * u) + (across.Y * v) - 0.5;
                        sum += Bilinear(source, x, y);
                    }
                }
                pixels[(j * width) + i] = (byte)Math.Clamp((int)Math.Round(sum / (samples * samples)), 0, 255);
            }
        }
        return new LineStrip(new GrayImage(width, height, pixels), padding * scale, (padding + line.Length) * scale, glyphHeight);
    }

    /// <summary>The same strip with the text's ends measured on its own pixels (<see cref="InkExtent"/>).</summary>
    public LineStrip WithMeasuredExtent()
    {
        var (start, end) = InkExtent.Measure(this);
        return this with { TextStart = start, TextEnd = end };
    }

    /// <summary>Bilinear interpolation with the border pixels repeated outside the image.</summary>
    private static double Bilinear(GrayImage image, double x, double y)
    {
        x = Math.Clamp(x, 0, image.Width - 1);
        y = Math.Clamp(y, 0, image.Height - 1);
        var x0 = (int)x;
        var y0 = (int)y;
        var x1 = Math.Min(x0 + 1, image.Width - 1);
        var y1 = Math.Min(y0 + 1, image.Height - 1);
        var fx = x - x0;
        var fy = y - y0;
        var p = image.Pixels;
        var w = image.Width;
        var top = (p[(y0 * w) + x0] * (1 - fx)) + (p[(y0 * w) + x1] * fx);
        var bottom = (p[(y1 * w) + x0] * (1 - fx)) + (p[(y1 * w) + x1] * fx);
        return (top * (1 - fy)) + (bottom * fy);
    }
}
