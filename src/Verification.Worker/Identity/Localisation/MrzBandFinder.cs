namespace Verification.Worker.Identity.Localisation;

/// <summary>
/// Picks machine-readable zones out of the bars found on a page: two or three parallel bars of nearly
/// equal length, starting at the same place, at a regular spacing of one to three character heights.
/// That shape is what tells an MRZ from the visual zone's text lines, which differ in length and start.
/// </summary>
internal static class MrzBandFinder
{
    /// <summary>A 30-character line is about 27 character heights long; 12 leaves room for tilt and merging.</summary>
    private const double MinimumElongation = 12;

    private const double MaximumAngleDifference = 4 * Math.PI / 180;

    /// <summary>Bars that could be MRZ lines.</summary>
    public static List<LineBlob> LineLike(IEnumerable<LineBlob> blobs, double minimumThickness, double maximumThickness, double maximumTilt) =>
        blobs.Where(b => b.Thickness >= minimumThickness && b.Thickness <= maximumThickness
                         && b.Length >= MinimumElongation * b.Thickness && b.Fill >= 0.45
                         && Math.Abs(b.Angle) <= maximumTilt)
            .ToList();

    /// <summary>Candidate bands, most plausible first: three lines before two, then longer lines first.</summary>
    public static List<MrzBand> Find(IReadOnlyList<LineBlob> lines)
    {
        var bands = new List<(MrzBand Band, double Score)>();
        for (var i = 0; i < lines.Count; i++)
        {
            for (var j = 0; j < lines.Count; j++)
            {
                if (i == j || !Follows(lines[i], lines[j], out var spacing))
                {
                    continue;
                }
                var pair = new[] { lines[i], lines[j] };
                var extended = false;
                for (var k = 0; k < lines.Count; k++)
                {
                    if (k != i && k != j && Follows(lines[j], lines[k], out var next) && Math.Abs(next - spacing) <= 0.2 * spacing
                        && Compatible(lines[i], lines[k]))
                    {
                        bands.Add((Band([lines[i], lines[j], lines[k]], (spacing + next) / 2), 2 + Score(lines[i])));
                        extended = true;
                    }
                }
                if (!extended && !Precedes(lines, i, spacing))
                {
                    bands.Add((Band(pair, spacing), 1 + Score(lines[i])));
                }
            }
        }
        return bands.OrderByDescending(b => b.Score).Select(b => b.Band).ToList();
    }

    /// <summary>A third of the score comes from the line count; longer bars are likelier to be the zone.</summary>
    private static double Score(LineBlob line) => Math.Min(0.99, line.Length / 4000);

    /// <summary>True when <paramref name="next"/> is the line right below <paramref name="line"/> in the same zone.</summary>
    private static bool Follows(LineBlob line, LineBlob next, out double spacing)
    {
        spacing = (next.Centre - line.Centre).Dot(line.Normal);
        var thickness = Math.Max(line.Thickness, next.Thickness);
        return spacing >= 1.1 * thickness && spacing <= 3.5 * thickness && Compatible(line, next);
    }

    /// <summary>Parallel, of similar height, and covering the same stretch along the text direction.</summary>
    private static bool Compatible(LineBlob a, LineBlob b)
    {
        var angle = Math.Abs(a.Angle - b.Angle);
        angle = Math.Min(angle, Math.PI - angle);
        var thickness = Math.Max(a.Thickness, b.Thickness) / Math.Max(1e-6, Math.Min(a.Thickness, b.Thickness));
        var length = Math.Max(a.Length, b.Length);
        // Compare both ends in a's frame: equal-length lines that start together.
        var startA = a.Start;
        var startB = (b.StartPoint - a.Centre).Dot(a.Direction);
        var endB = (b.EndPoint - a.Centre).Dot(a.Direction);
        var tolerance = (0.06 * length) + (2 * Math.Max(a.Thickness, b.Thickness));
        return angle <= MaximumAngleDifference && thickness <= 1.7
               && Math.Abs(startA - startB) <= tolerance && Math.Abs(a.End - endB) <= tolerance;
    }

    /// <summary>A pair whose first line has a compatible line above it is part of a three-line band already listed.</summary>
    private static bool Precedes(IReadOnlyList<LineBlob> lines, int first, double spacing)
    {
        for (var k = 0; k < lines.Count; k++)
        {
            if (k != first && Follows(lines[k], lines[first], out var above) && Math.Abs(above - spacing) <= 0.2 * spacing)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// MRZ lines all have the same length and start in the same column, so every line gets the union of
    /// their extents: a line whose last characters fell off its bar (a faint end, a wide gap in a run of
    /// filler) is cut at full length anyway.
    /// </summary>
    private static MrzBand Band(IReadOnlyList<LineBlob> lines, double spacing)
    {
        var direction = lines[0].Direction;
        var origin = lines[0].Centre;
        double Along(PointD p) => (p - origin).Dot(direction);
        var start = lines.Min(l => Along(l.StartPoint));
        var end = lines.Max(l => Along(l.EndPoint));
        PointD At(LineBlob line, double t) => line.Centre + (line.Direction * (t - Along(line.Centre)));
        return new MrzBand(lines.Select(l => new BandLine(At(l, start), At(l, end), l.Thickness)).ToList(), spacing);
    }
}
