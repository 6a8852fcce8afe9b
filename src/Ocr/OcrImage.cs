namespace Ocr;

/// <summary>
/// An 8-bit grayscale raster (0 = black, 255 = white), row-major, <see cref="Stride"/> bytes per row.
/// Plain pixels rather than an image type from another library, so any decoder can feed the engine.
/// </summary>
public sealed class OcrImage
{
    // Tesseract stores coordinates in 16-bit boxes (TBOX/ICOORD); wider or taller images wrap around
    // inside layout analysis instead of failing cleanly, so they are refused here.
    internal const int MaxSide = short.MaxValue;

    public OcrImage(byte[] pixels, int width, int height, int stride)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxSide);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxSide);
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, width);
        long needed = (long)stride * (height - 1) + width;
        if (pixels.Length < needed)
        {
            throw new ArgumentException(
                $"A {width}x{height} image with stride {stride} needs at least {needed} bytes; got {pixels.Length}.",
                nameof(pixels));
        }

        Pixels = pixels;
        Width = width;
        Height = height;
        Stride = stride;
    }

    /// <summary>A tightly packed image (stride = width).</summary>
    public OcrImage(byte[] pixels, int width, int height) : this(pixels, width, height, width) { }

    public byte[] Pixels { get; }

    public int Width { get; }

    public int Height { get; }

    public int Stride { get; }
}
