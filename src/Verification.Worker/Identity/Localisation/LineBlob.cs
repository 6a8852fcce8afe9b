namespace Verification.Worker.Identity.Localisation;

/// <summary>A point in image pixels (x right, y down).</summary>
public readonly record struct PointD(double X, double Y)
{
    public static PointD operator +(PointD a, PointD b) => new(a.X + b.X, a.Y + b.Y);

    public static PointD operator -(PointD a, PointD b) => new(a.X - b.X, a.Y - b.Y);

    public static PointD operator *(PointD a, double k) => new(a.X * k, a.Y * k);

    public double Dot(PointD other) => (X * other.X) + (Y * other.Y);

    public double Length => Math.Sqrt((X * X) + (Y * Y));
}

/// <summary>
/// A blob seen as a bar: its axis from second moments, its extent along the axis (from the runs, so an
/// uneven ink distribution does not shorten it) and its thickness across (from the moments, so a stray
/// speck does not thicken it).
/// </summary>
internal sealed record LineBlob(PointD Centre, PointD Direction, double Start, double End, double Thickness, double Area)
{
    public double Length => End - Start;

    /// <summary>Unit normal, a quarter turn clockwise from the direction (down for left-to-right text).</summary>
    public PointD Normal => new(-Direction.Y, Direction.X);

    public double Angle => Math.Atan2(Direction.Y, Direction.X);

    public PointD StartPoint => Centre + (Direction * Start);

    public PointD EndPoint => Centre + (Direction * End);

    /// <summary>Share of the bar's rectangle that is ink: a closed text line is mostly solid.</summary>
    public double Fill => Area / Math.Max(1, Length * Thickness);

    public static LineBlob From(RunBlob blob)
    {
        var n = blob.Area;
        var cx = blob.SumX / n;
        var cy = blob.SumY / n;
        // Pixel-centred second moments; + 1/12 per axis for the pixel's own extent along x.
        var xx = (blob.SumXX / n) - (cx * cx) + (1.0 / 12);
        var yy = (blob.SumYY / n) - (cy * cy) + (1.0 / 12);
        var xy = (blob.SumXY / n) - (cx * cy);
        var angle = 0.5 * Math.Atan2(2 * xy, xx - yy);
        var root = Math.Sqrt(Math.Max(0, ((xx - yy) * (xx - yy) / 4) + (xy * xy)));
        var minor = Math.Max(0, ((xx + yy) / 2) - root);
        var direction = new PointD(Math.Cos(angle), Math.Sin(angle));
        var centre = new PointD(cx + 0.5, cy + 0.5);
        double start = double.MaxValue, end = double.MinValue;
        foreach (var run in blob.Runs)
        {
            // The run covers [X0, X1 + 1) on row [Y, Y + 1); its ends on the row's middle line are enough.
            var a = (new PointD(run.X0, run.Y + 0.5) - centre).Dot(direction);
            var b = (new PointD(run.X1 + 1, run.Y + 0.5) - centre).Dot(direction);
            start = Math.Min(start, Math.Min(a, b));
            end = Math.Max(end, Math.Max(a, b));
        }
        return new LineBlob(centre, direction, start, end, Math.Sqrt(12 * minor), n);
    }

    /// <summary>The same bar read the other way round (text upside down).</summary>
    public LineBlob Reversed() => this with { Direction = Direction * -1, Start = -End, End = -Start };
}
