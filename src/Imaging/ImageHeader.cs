namespace Imaging;

public enum ImageKind
{
    Jpeg,
    Png,
    Other,
}

/// <summary>What the file says about itself before a single pixel is decoded.</summary>
public readonly record struct ImageHeader(ImageKind Kind, int Width, int Height, int BitsPerSample, int SamplesPerPixel)
{
    public long PixelCount => (long)Width * Height;
}
