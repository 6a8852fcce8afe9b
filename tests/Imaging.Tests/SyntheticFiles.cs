using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Imaging.Tests;

/// <summary>Files built byte by byte, for shapes no tool here writes: a PNG bomb, an EXIF tag, a born-digital PDF.</summary>
public static class SyntheticFiles
{
    /// <summary>
    /// A complete, valid 1-bit PNG of <paramref name="side"/>² white pixels: a few hundred kilobytes
    /// that would inflate to gigabytes of 8-bit working raster.
    /// </summary>
    public static byte[] PngBomb(int side)
    {
        using var file = new MemoryStream();
        file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, side);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), side);
        header[8] = 1; // bit depth
        header[9] = 0; // grayscale
        WriteChunk(file, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                var row = new byte[1 + ((side + 7) / 8)];
                row.AsSpan(1).Fill(0xFF);
                for (var y = 0; y < side; y++)
                {
                    zlib.Write(row);
                }
            }
            WriteChunk(file, "IDAT", compressed.ToArray());
        }
        WriteChunk(file, "IEND", []);
        return file.ToArray();
    }

    /// <summary>The JPEG with an EXIF APP1 segment carrying <paramref name="orientation"/> inserted after SOI.</summary>
    public static byte[] WithExifOrientation(byte[] jpeg, ushort orientation, bool bigEndian)
    {
        var tiff = new byte[26];
        "MM"u8.CopyTo(tiff);
        if (!bigEndian)
        {
            "II"u8.CopyTo(tiff);
        }
        void U16(int at, ushort value)
        {
            if (bigEndian) BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), value);
            else BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), value);
        }
        void U32(int at, uint value)
        {
            if (bigEndian) BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at), value);
            else BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at), value);
        }
        U16(2, 42);
        U32(4, 8);     // IFD0 right after the header
        U16(8, 1);     // one entry
        U16(10, 0x0112);
        U16(12, 3);    // SHORT
        U32(14, 1);
        U16(18, orientation);
        U32(22, 0);    // no next IFD
        byte[] body = [.. "Exif\0\0"u8, .. tiff];
        var segment = new byte[4 + body.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(body.Length + 2));
        body.CopyTo(segment, 4);
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }

    /// <summary>A one-page PDF with real text in Helvetica and no image: what a university's system exports.</summary>
    public static byte[] BornDigitalPdf(string[] lines, double widthPoints = 595, double heightPoints = 842, int rotate = 0)
    {
        var content = new StringBuilder("BT /F1 18 Tf 72 ").Append(heightPoints - 100).Append(" Td 24 TL\n");
        foreach (var line in lines)
        {
            content.Append('(').Append(line.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)")).Append(") Tj T*\n");
        }
        content.Append("ET\n");
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {widthPoints} {heightPoints}] /Rotate {rotate} " +
                "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Length {content.Length} >>\nstream\n{content}endstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(offset.ToString("D10")).Append(" 00000 n \n");
        }
        pdf.Append("trailer\n<< /Size ").Append(objects.Length + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        // Offsets count bytes; ASCII keeps characters and bytes the same.
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static void WriteChunk(Stream file, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        file.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        file.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        file.Write(length);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in data)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
