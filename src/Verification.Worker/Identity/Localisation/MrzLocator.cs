using Imaging;

namespace Verification.Worker.Identity.Localisation;

/// <summary>
/// Finds the machine-readable zone on a page by morphology, without OCR:
/// <list type="number">
/// <item>on a copy of about 1000 px, a black-hat marks pen strokes (dark, thinner than a few pixels)
/// and ignores the background a photographed document lies on;</item>
/// <item>a horizontal closing merges the characters of each line into one bar; since the character size
/// is unknown, a ladder of closing widths is tried;</item>
/// <item>bars are kept when long, thin and solid, and grouped into 2–3 parallel lines of equal length
/// (<see cref="MrzBandFinder"/>).</item>
/// </list>
/// Tilt up to <see cref="MaximumTiltDegrees"/> is measured from the bars' axes; a page turned by a quarter
/// is handled by a second pass on the transposed response. Which way up the band reads is guessed from the
/// ink beside it (<see cref="BandOrientation"/>); the reader tries the other way if the check digits disagree.
/// </summary>
public static class MrzLocator
{
    public const int LocateLongSide = 1000;

    public const double MaximumTiltDegrees = 35;

    /// <summary>
    /// Gaps the closing bridges, in locate pixels. OCR-B glyphs fill about half their 2.54 mm pitch, a filler
    /// chevron less, so a line merges once the gap reaches about 0.8 character heights: this ladder covers
    /// characters from about 5 to 45 px high.
    /// </summary>
    private static readonly int[] ClosingLadder = [4, 6, 9, 12, 16, 21, 28, 36];

    /// <summary>Candidate bands in <paramref name="image"/>'s pixels, most plausible first; upright (0°) or quarter-turned text.</summary>
    public static IReadOnlyList<MrzBand> Locate(GrayImage image, bool includeQuarterTurns = true)
    {
        ArgumentNullException.ThrowIfNull(image);
        var small = GrayImageScaler.ScaleToLongSide(image, LocateLongSide);
        var factor = (double)image.Width / small.Width;
        var window = Math.Max(7, (small.LongSide / 90) | 1);
        var response = BlackHat.Compute(small, window);
        var threshold = StrokeThreshold(response);

        var bands = FindBands(response, small.Width, small.Height, threshold);
        if (bands.Count == 0 && includeQuarterTurns)
        {
            var transposed = BlackHat.Transpose(response, small.Width, small.Height);
            bands = FindBands(transposed, small.Height, small.Width, threshold).Select(Untranspose).ToList();
        }
        return bands.Select(b => BandOrientation.Upright(b, response, small.Width, small.Height, threshold).Scaled(factor)).ToList();
    }

    /// <summary>Bands found in the locate-size response with horizontal closing; text runs left to right.</summary>
    internal static List<MrzBand> FindBands(byte[] response, int width, int height, int threshold)
    {
        var strokes = InkRuns.FromResponse(response, width, height, threshold);
        var found = new List<MrzBand>();
        var maximumTilt = MaximumTiltDegrees * Math.PI / 180;
        foreach (var gap in ClosingLadder)
        {
            var closed = strokes.ClosedHorizontally(gap);
            var blobs = RunComponents.Find(closed, minimumArea: 4 * gap * gap);
            var lines = MrzBandFinder.LineLike(blobs.Select(LineBlob.From), 0.6 * gap, 4.0 * gap, maximumTilt);
            foreach (var band in MrzBandFinder.Find(lines))
            {
                // The same band seen at a wider closing is usually more complete: keep the longer.
                var same = found.FindIndex(f => SamePlace(f, band));
                if (same < 0)
                {
                    found.Add(band);
                }
                else if (band.Lines[0].Length > found[same].Lines[0].Length)
                {
                    found[same] = band;
                }
            }
        }
        // Three-line zones first (a TD1 card), then the longest lines.
        return found.OrderByDescending(b => b.Lines.Count).ThenByDescending(b => b.Lines[0].Length).ToList();
    }

    /// <summary>
    /// Strokes are what stands out from the response's own level: a quarter of its strongest values (the
    /// MRZ is printed black), but never below what paper grain and JPEG noise reach.
    /// </summary>
    internal static int StrokeThreshold(byte[] response)
    {
        var histogram = new int[256];
        foreach (var value in response)
        {
            histogram[value]++;
        }
        var target = response.Length * 0.005;
        var strong = 255;
        for (double above = 0; strong > 0 && above + histogram[strong] < target; strong--)
        {
            above += histogram[strong];
        }
        return Math.Max(22, strong / 4);
    }

    /// <summary>The same lines seen twice: each on the other's centreline, overlapping over half their length.</summary>
    private static bool SamePlace(MrzBand a, MrzBand b)
    {
        if (a.Lines.Count != b.Lines.Count)
        {
            return false;
        }
        var height = Math.Max(a.CharHeight, b.CharHeight);
        return a.Lines.Zip(b.Lines).All(p =>
        {
            var direction = p.First.Direction;
            var normal = new PointD(-direction.Y, direction.X);
            var offset = Math.Abs((((p.Second.Start + p.Second.End) * 0.5) - p.First.Start).Dot(normal));
            var start = Math.Max(0, (p.Second.Start - p.First.Start).Dot(direction));
            var end = Math.Min(p.First.Length, (p.Second.End - p.First.Start).Dot(direction));
            return offset <= 0.6 * height && end - start >= 0.5 * Math.Min(p.First.Length, p.Second.Length);
        });
    }

    private static MrzBand Untranspose(MrzBand band) =>
        new MrzBand(band.Lines.Select(l => new BandLine(Swap(l.Start), Swap(l.End), l.CharHeight)).ToList(), band.LineSpacing)
            .InReadingOrder();

    private static PointD Swap(PointD p) => new(p.Y, p.X);
}
