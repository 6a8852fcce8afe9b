using System.Buffers.Binary;

namespace Imaging;

/// <summary>
/// The EXIF orientation of a JPEG, which Leptonica ignores: phones store the sensor's rows and
/// only tag how to turn them. The parser reads the upload itself, so it trusts no length or
/// offset it finds and gives up (orientation 1) rather than read outside the buffer.
/// </summary>
internal static class ExifOrientation
{
    private const int MaxSegments = 64;
    private const ushort OrientationTag = 0x0112;
    private const ushort TypeShort = 3;

    public static bool SwapsAxes(int orientation) => orientation is >= 5 and <= 8;

    public static int Read(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            return 1;
        }
        var position = 2;
        for (var segment = 0; segment < MaxSegments && jpeg.Length - position >= 4; segment++)
        {
            if (jpeg[position] != 0xFF)
            {
                return 1;
            }
            var marker = jpeg[position + 1];
            // Start of scan or end of image: the metadata segments are all behind us.
            if (marker is 0xDA or 0xD9)
            {
                return 1;
            }
            if (marker is 0xFF or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                position += marker == 0xFF ? 1 : 2;
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.Slice(position + 2, 2));
            if (length < 2 || length - 2 > jpeg.Length - position - 4)
            {
                return 1;
            }
            var body = jpeg.Slice(position + 4, length - 2);
            if (marker == 0xE1 && body.StartsWith("Exif\0\0"u8))
            {
                return ReadTiff(body[6..]);
            }
            position += 2 + length;
        }
        return 1;
    }

    private static int ReadTiff(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            return 1;
        }
        bool bigEndian;
        if (tiff.StartsWith("MM"u8))
        {
            bigEndian = true;
        }
        else if (tiff.StartsWith("II"u8))
        {
            bigEndian = false;
        }
        else
        {
            return 1;
        }
        if (U16(tiff, 2, bigEndian) != 42)
        {
            return 1;
        }
        var ifd = U32(tiff, 4, bigEndian);
        if (ifd < 8 || ifd > (uint)(tiff.Length - 2))
        {
            return 1;
        }
        var count = U16(tiff, (int)ifd, bigEndian);
        for (var i = 0; i < count; i++)
        {
            var entry = (long)ifd + 2 + (12L * i);
            if (entry + 12 > tiff.Length)
            {
                return 1;
            }
            var at = (int)entry;
            if (U16(tiff, at, bigEndian) != OrientationTag)
            {
                continue;
            }
            if (U16(tiff, at + 2, bigEndian) != TypeShort || U32(tiff, at + 4, bigEndian) < 1)
            {
                return 1;
            }
            // A single SHORT sits left-justified in the 4-byte value field, whatever the byte order.
            var value = U16(tiff, at + 8, bigEndian);
            return value is >= 1 and <= 8 ? value : 1;
        }
        return 1;
    }

    private static ushort U16(ReadOnlySpan<byte> data, int at, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(data.Slice(at, 2)) : BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(at, 2));

    private static uint U32(ReadOnlySpan<byte> data, int at, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data.Slice(at, 4)) : BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(at, 4));
}
