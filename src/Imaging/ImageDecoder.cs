using Imaging.Leptonica;

namespace Imaging;

/// <summary>
/// Decodes an uploaded JPEG or PNG into an upright gray working image with Leptonica, bounded
/// before any pixel is inflated. Stateless and safe to call from several threads at once.
/// </summary>
public static unsafe class ImageDecoder
{
    private static readonly int[] JpegReductions = [8, 4, 2];

    /// <summary>Reads kind and dimensions from the header alone; false when Leptonica does not recognise the data.</summary>
    public static bool TryReadHeader(ReadOnlySpan<byte> content, out ImageHeader header)
    {
        header = default;
        if (content.IsEmpty)
        {
            return false;
        }
        LeptonicaMessages.EnsureInstalled();
        LeptonicaMessages.Clear();
        int status, format, width, height, bitsPerSample, samplesPerPixel;
        fixed (byte* data = content)
        {
            status = LeptonicaNative.pixReadHeaderMem(data, (nuint)content.Length, out format, out width, out height, out bitsPerSample, out samplesPerPixel, out _);
        }
        if (status != 0)
        {
            return false;
        }
        var kind = format switch
        {
            LeptonicaNative.FormatJpeg => ImageKind.Jpeg,
            LeptonicaNative.FormatPng => ImageKind.Png,
            _ => ImageKind.Other,
        };
        header = new ImageHeader(kind, width, height, bitsPerSample, samplesPerPixel);
        return true;
    }

    public static DecodeResult Decode(byte[] content, DecodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        if (content.Length == 0)
        {
            return DecodeResult.Failed(DecodeStatus.Corrupt, "the file is empty");
        }
        if (!TryReadHeader(content, out var header))
        {
            return LooksLikeJpegOrPng(content)
                ? DecodeResult.Failed(DecodeStatus.Corrupt, $"the image header cannot be read ({LeptonicaMessages.First ?? "no detail"})")
                : DecodeResult.Failed(DecodeStatus.Unsupported, "neither a JPEG nor a PNG");
        }
        if (header.Kind == ImageKind.Other)
        {
            return DecodeResult.Failed(DecodeStatus.Unsupported, "neither a JPEG nor a PNG");
        }
        if (header.Width <= 0 || header.Height <= 0)
        {
            return DecodeResult.Failed(DecodeStatus.Corrupt, $"the header declares {header.Width}x{header.Height} pixels");
        }
        var orientation = header.Kind == ImageKind.Jpeg ? ExifOrientation.Read(content) : 1;
        var swaps = ExifOrientation.SwapsAxes(orientation);
        int originalWidth = swaps ? header.Height : header.Width, originalHeight = swaps ? header.Width : header.Height;
        if (header.PixelCount > options.MaxPixels)
        {
            return DecodeResult.Failed(DecodeStatus.TooManyPixels,
                $"{header.Width}x{header.Height} is {header.PixelCount} pixels, over the {options.MaxPixels} allowed",
                originalWidth, originalHeight, orientation);
        }

        var decoded = header.Kind == ImageKind.Jpeg
            ? DecodeJpeg(content, header, options, out var error)
            : DecodePng(content, out error);
        if (decoded is null)
        {
            return DecodeResult.Failed(DecodeStatus.Corrupt, error ?? "the image cannot be decoded", originalWidth, originalHeight, orientation);
        }
        var upright = ImageOrientation.Upright(decoded, orientation);
        return new DecodeResult(DecodeStatus.Decoded, upright, originalWidth, originalHeight,
            (double)upright.Width / originalWidth, orientation, null);
    }

    /// <summary>
    /// The largest DCT reduction (8, 4, 2, else 1) that keeps the long side at or above
    /// <paramref name="minLongSide"/>; libjpeg rounds a reduced dimension up.
    /// </summary>
    public static int ChooseJpegReduction(int width, int height, int minLongSide)
    {
        var longSide = Math.Max(width, height);
        foreach (var reduction in JpegReductions)
        {
            if ((longSide + reduction - 1) / reduction >= minLongSide)
            {
                return reduction;
            }
        }
        return 1;
    }

    private static GrayImage? DecodeJpeg(byte[] content, ImageHeader header, DecodeOptions options, out string? error)
    {
        var reduction = ChooseJpegReduction(header.Width, header.Height, options.MinWorkingLongSide);
        LeptonicaMessages.Clear();
        int warnings;
        PixHandle pix;
        fixed (byte* data = content)
        {
            pix = LeptonicaNative.pixReadMemJpeg(data, (nuint)content.Length, 0, reduction, out warnings, LeptonicaNative.JpegReadLuminance);
            // libjpeg has no luminance-only path out of CMYK or YCCK; those decode in colour instead.
            if (pix.IsInvalid && header.SamplesPerPixel == 4)
            {
                pix.Dispose();
                pix = LeptonicaNative.pixReadMemJpeg(data, (nuint)content.Length, 0, reduction, out warnings, 0);
            }
        }
        using (pix)
        {
            if (pix.IsInvalid)
            {
                error = $"the JPEG data is truncated or damaged ({LeptonicaMessages.First ?? "no detail"})";
                return null;
            }
            // libjpeg pads a truncated stream with grey and only warns; such a file is damaged, not a document.
            if (warnings > 0)
            {
                error = $"the JPEG data is truncated or damaged ({warnings} decoder warning(s))";
                return null;
            }
            return ToGray(pix, out error);
        }
    }

    private static GrayImage? DecodePng(byte[] content, out string? error)
    {
        LeptonicaMessages.Clear();
        PixHandle pix;
        fixed (byte* data = content)
        {
            pix = LeptonicaNative.pixReadMemPng(data, (nuint)content.Length);
        }
        using (pix)
        {
            if (pix.IsInvalid)
            {
                error = $"the PNG data cannot be decoded ({LeptonicaMessages.First ?? "no detail"})";
                return null;
            }
            if (LeptonicaNative.pixGetSpp(pix) != 4)
            {
                return ToGray(pix, out error);
            }
            // Transparent areas show as white paper in a viewer, so that is what they become here.
            using var flattened = LeptonicaNative.pixAlphaBlendUniform(pix, 0xFFFFFF00);
            if (flattened.IsInvalid)
            {
                error = $"the PNG transparency cannot be flattened ({LeptonicaMessages.First ?? "no detail"})";
                return null;
            }
            return ToGray(flattened, out error);
        }
    }

    /// <summary>Any depth, palette or colour to plain 8 bpp luminance, then out to managed memory.</summary>
    private static GrayImage? ToGray(PixHandle pix, out string? error)
    {
        LeptonicaNative.pixGetDimensions(pix, out _, out _, out var depth);
        if (depth == 8 && LeptonicaNative.pixGetColormap(pix) == IntPtr.Zero)
        {
            error = null;
            return PixPixels.ToGrayImage(pix);
        }
        using var gray = LeptonicaNative.pixConvertTo8(pix, 0);
        if (gray.IsInvalid)
        {
            error = $"cannot convert a {depth} bpp image to gray ({LeptonicaMessages.First ?? "no detail"})";
            return null;
        }
        LeptonicaNative.pixGetDimensions(gray, out _, out _, out var grayDepth);
        if (grayDepth != 8 || LeptonicaNative.pixGetColormap(gray) != IntPtr.Zero)
        {
            error = $"a {depth} bpp image converted to {grayDepth} bpp, not plain 8 bpp gray";
            return null;
        }
        error = null;
        return PixPixels.ToGrayImage(gray);
    }

    private static bool LooksLikeJpegOrPng(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']);
}
