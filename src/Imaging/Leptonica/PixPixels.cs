using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Imaging.Leptonica;

internal static unsafe class PixPixels
{
    /// <summary>
    /// Copies an 8 bpp PIX into a managed <see cref="GrayImage"/>. Leptonica packs pixels into
    /// 32-bit words most significant byte first, so on a little-endian machine every word's
    /// bytes come out reversed; a vectorised byte swap per row undoes that at memory speed.
    /// </summary>
    public static GrayImage ToGrayImage(PixHandle pix)
    {
        LeptonicaNative.pixGetDimensions(pix, out var width, out var height, out var depth);
        if (depth != 8 || width <= 0 || height <= 0)
        {
            throw new InvalidOperationException($"expected an 8 bpp image, got {width}x{height} at {depth} bpp");
        }
        var wpl = LeptonicaNative.pixGetWpl(pix);
        var data = LeptonicaNative.pixGetData(pix);
        if (data == null || (long)wpl * 4 < width)
        {
            throw new InvalidOperationException("Leptonica returned an image without pixel data");
        }
        var pixels = GC.AllocateUninitializedArray<byte>(checked(width * height));
        var fullWords = width / 4;
        var tail = width % 4;
        for (var y = 0; y < height; y++)
        {
            var source = new ReadOnlySpan<uint>(data + ((long)y * wpl), wpl);
            var row = pixels.AsSpan(y * width, width);
            if (BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(source[..fullWords], MemoryMarshal.Cast<byte, uint>(row[..(fullWords * 4)]));
                if (tail > 0)
                {
                    var last = source[fullWords];
                    for (var i = 0; i < tail; i++)
                    {
                        row[(fullWords * 4) + i] = (byte)(last >> (24 - (8 * i)));
                    }
                }
            }
            else
            {
                MemoryMarshal.AsBytes(source)[..width].CopyTo(row);
            }
        }
        return new GrayImage(width, height, pixels);
    }
}
