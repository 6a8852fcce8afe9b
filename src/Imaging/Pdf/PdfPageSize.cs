namespace Imaging.Pdf;

/// <summary>A page's size in PDF points (1/72 inch), after the page's own rotation.</summary>
public readonly record struct PdfPageSize(double WidthPoints, double HeightPoints)
{
    private const double PointsPerInch = 72.0;

    // A few lowerings past the first estimate absorb the rounding up of each side; more means a degenerate page.
    private const int MaxLowerings = 200;

    public double WidthInches => WidthPoints / PointsPerInch;

    public double HeightInches => HeightPoints / PointsPerInch;

    public bool IsUsable => double.IsFinite(WidthPoints) && double.IsFinite(HeightPoints) && WidthPoints > 0 && HeightPoints > 0;

    /// <summary>The raster size at <paramref name="dpi"/>, each side rounded up and at least one pixel.</summary>
    public (int Width, int Height) PixelSize(double dpi) =>
        (Side(WidthPoints, dpi), Side(HeightPoints, dpi));

    /// <summary>
    /// <paramref name="dpi"/>, lowered as far as needed for the raster to hold at most
    /// <paramref name="maxPixels"/> pixels and stay within cairo's surface limit, so an absurd page
    /// size costs a small raster rather than gigabytes.
    /// </summary>
    public double EffectiveDpi(double dpi, long maxPixels)
    {
        if (!double.IsFinite(dpi) || dpi <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "must be a positive number");
        }
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPixels);
        if (!IsUsable)
        {
            throw new InvalidDataException($"the page size {WidthPoints}x{HeightPoints} pt cannot be rendered");
        }
        var effective = Math.Min(dpi, CairoNative.MaxSurfaceSide * PointsPerInch / Math.Max(WidthPoints, HeightPoints));
        var (width, height) = PixelSize(effective);
        if ((long)width * height <= maxPixels)
        {
            return effective;
        }
        effective *= Math.Sqrt(maxPixels / ((double)width * height));
        for (var i = 0; i < MaxLowerings; i++)
        {
            (width, height) = PixelSize(effective);
            if ((long)width * height <= maxPixels)
            {
                return effective;
            }
            effective *= 0.97;
        }
        throw new InvalidDataException($"a {WidthPoints}x{HeightPoints} pt page does not fit in {maxPixels} pixels");
    }

    private static int Side(double points, double dpi) =>
        (int)Math.Clamp(Math.Ceiling((points * dpi / PointsPerInch) - 1e-6), 1, CairoNative.MaxSurfaceSide);
}
