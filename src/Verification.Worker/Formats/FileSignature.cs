namespace Verification.Worker.Formats;

/// <summary>
/// Tells the real format from the first bytes, never from the file name or the declared content type,
/// which the student's device chooses and which are often wrong.
/// </summary>
public static class FileSignature
{
    // Readers accept a PDF header anywhere in the first kilobyte; so do we, so that we refuse no file they open.
    private const int PdfHeaderWindow = 1024;

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static FileFormat Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(JpegMagic))
        {
            return FileFormat.Jpeg;
        }
        if (content.StartsWith(PngMagic))
        {
            return FileFormat.Png;
        }
        var window = content[..Math.Min(content.Length, PdfHeaderWindow)];
        return window.IndexOf(PdfMagic) >= 0 ? FileFormat.Pdf : FileFormat.Unknown;
    }

    /// <summary>A short, human description of the first bytes, for the finding's value.</summary>
    public static string Describe(ReadOnlySpan<byte> content) =>
        content.IsEmpty ? "(no bytes)" : Convert.ToHexString(content[..Math.Min(content.Length, 8)]);
}
