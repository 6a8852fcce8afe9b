namespace Review.Rendering;

/// <summary>What a document really is, by its first bytes; the name and declared type are the uploader's word.</summary>
public enum DocumentFormat
{
    Unknown,
    Pdf,
    Jpeg,
    Png,
}

public static class DocumentFormats
{
    public static DocumentFormat Sniff(ReadOnlySpan<byte> content) => content switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => DocumentFormat.Pdf, // %PDF
        [0xFF, 0xD8, 0xFF, ..] => DocumentFormat.Jpeg,
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => DocumentFormat.Png,
        _ => DocumentFormat.Unknown,
    };

    public static string ContentType(DocumentFormat format) => format switch
    {
        DocumentFormat.Jpeg => "image/jpeg",
        _ => "image/png",
    };
}

/// <summary>A page as the console shows it.</summary>
public sealed record PageImage(byte[] Content, string ContentType);

/// <summary>A document's pages ready to show, or why there are none.</summary>
public sealed record RenderedDocument(IReadOnlyList<PageImage> Pages, string? Problem)
{
    public long SizeBytes => Pages.Sum(p => (long)p.Content.Length) + 1;
}
