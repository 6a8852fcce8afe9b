namespace Verification.Worker.Identity.Localisation;

/// <summary>
/// Which way up a band reads, from the page around it: the visual zone (names, photo, dates) is printed above
/// the MRZ, and below it there is only the document's edge. So the side of the band with more ink is "up",
/// and the text runs a quarter turn clockwise from up. This picks the orientation to OCR first; the check
/// digits still have the last word (the reader tries the other way when the first does not validate).
/// </summary>
internal static class BandOrientation
{
    /// <summary>How far from the zone the ink is counted, in character heights.</summary>
    private const double Reach = 12;

    /// <summary>More ink below than above by this factor turns the band round.</summary>
    private const double Evidence = 1.5;

    public static MrzBand Upright(MrzBand band, byte[] response, int width, int height, int threshold)
    {
        var above = Ink(band, response, width, height, threshold, upwards: true);
        var below = Ink(band, response, width, height, threshold, upwards: false);
        return below > Evidence * Math.Max(1, above) ? band.Reversed() : band;
    }

    /// <summary>Stroke pixels in the strip beside the band, from 1.5 to <see cref="Reach"/> character heights away.</summary>
    private static int Ink(MrzBand band, byte[] response, int width, int height, int threshold, bool upwards)
    {
        var edge = upwards ? band.Lines[0] : band.Lines[^1];
        var along = edge.Direction;
        var down = new PointD(-along.Y, along.X);
        var side = upwards ? -1.0 : 1.0;
        var h = band.CharHeight;
        var step = Math.Max(1, h / 3);
        var count = 0;
        for (var t = 0.0; t <= edge.Length; t += step)
        {
            for (var d = 1.5 * h; d <= Reach * h; d += step)
            {
                var p = edge.Start + (along * t) + (down * (side * d));
                var (x, y) = ((int)p.X, (int)p.Y);
                if (x >= 0 && y >= 0 && x < width && y < height && response[(y * width) + x] > threshold)
                {
                    count++;
                }
            }
        }
        return count;
    }
}
