namespace Imaging;

public enum DecodeStatus
{
    Decoded,
    TooManyPixels,
    Corrupt,
    Unsupported,
}

/// <param name="MaxPixels">Refused above this many header pixels, before any decoding, so a decompression bomb is never inflated.</param>
/// <param name="MinWorkingLongSide">JPEG DCT scaling stops before the long side falls below this; the quality measures need that much detail.</param>
public sealed record DecodeOptions(long MaxPixels = 40_000_000, int MinWorkingLongSide = 1024);

/// <summary>
/// <see cref="Image"/> is gray and already upright per the EXIF orientation;
/// <see cref="OriginalWidth"/> and <see cref="OriginalHeight"/> are the full-resolution size after orientation;
/// <see cref="Scale"/> is <c>Image.Width / OriginalWidth</c> (at most 1);
/// <see cref="Orientation"/> is the EXIF orientation value found (1 when there is none).
/// </summary>
public sealed record DecodeResult(
    DecodeStatus Status,
    GrayImage? Image,
    int OriginalWidth,
    int OriginalHeight,
    double Scale,
    int Orientation,
    string? Error)
{
    internal static DecodeResult Failed(DecodeStatus status, string error, int width = 0, int height = 0, int orientation = 1) =>
        new(status, null, width, height, 0, orientation, error);
}
