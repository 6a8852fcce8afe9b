namespace Imaging;

/// <summary>
/// 8-bit grayscale pixels, row-major, stride equal to <see cref="Width"/>, 0 black and 255 white:
/// the one raster shape every quality measure and the OCR hand-off work on.
/// </summary>
public sealed class GrayImage
{
    public GrayImage(int width, int height, byte[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.LongLength != (long)width * height)
        {
            throw new ArgumentException($"expected {(long)width * height} pixels for {width}x{height}, got {pixels.LongLength}", nameof(pixels));
        }
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Pixels { get; }

    public int LongSide => Math.Max(Width, Height);

    public byte this[int x, int y] => Pixels[(y * Width) + x];
}
