namespace Verification.Worker.Identity.Localisation;

/// <summary>One MRZ line on the page: its centreline from the first to the last character, and the character height.</summary>
public sealed record BandLine(PointD Start, PointD End, double CharHeight)
{
    public double Length => (End - Start).Length;

    public PointD Direction => (End - Start) * (1 / Math.Max(1e-9, Length));

    public BandLine Scaled(double factor) => new(Start * factor, End * factor, CharHeight * factor);

    public BandLine Reversed() => new(End, Start, CharHeight);
}

/// <summary>
/// A candidate machine-readable zone: two or three parallel lines of equal length, in reading order
/// (top line first when the text runs along <see cref="BandLine.Direction"/>). The text may still be
/// upside down: <see cref="Reversed"/> gives the reading for a document turned by 180°.
/// </summary>
public sealed record MrzBand(IReadOnlyList<BandLine> Lines, double LineSpacing)
{
    /// <summary>Angle of the text direction in degrees, clockwise from the x axis (y points down).</summary>
    public double AngleDegrees => Math.Atan2(Lines[0].Direction.Y, Lines[0].Direction.X) * 180 / Math.PI;

    public double CharHeight => Lines.Average(l => l.CharHeight);

    public MrzBand Scaled(double factor) => new(Lines.Select(l => l.Scaled(factor)).ToList(), LineSpacing * factor);

    /// <summary>The lines ordered top first for their own text direction (after a transposition, for instance).</summary>
    public MrzBand InReadingOrder()
    {
        var direction = Lines[0].Direction;
        var down = new PointD(-direction.Y, direction.X);
        return this with { Lines = Lines.OrderBy(l => ((l.Start + l.End) * 0.5).Dot(down)).ToList() };
    }

    /// <summary>The band read after turning the page by 180°: each line reversed, the last line first.</summary>
    public MrzBand Reversed() => new(Lines.Reverse().Select(l => l.Reversed()).ToList(), LineSpacing);
}
