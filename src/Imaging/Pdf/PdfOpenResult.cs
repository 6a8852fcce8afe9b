namespace Imaging.Pdf;

public enum PdfOpenStatus
{
    Opened,
    NeedsPassword,
    Unreadable,
}

/// <summary>
/// The outcome of opening a PDF without a password; owns the native document when it opened.
/// Poppler documents are not thread-safe, so one result serves one check at a time.
/// </summary>
public sealed class PdfOpenResult : IDisposable
{
    private PdfOpenResult(PdfOpenStatus status, PopplerDocumentHandle? document, int pageCount, bool ownerRestricted, string? error)
    {
        Status = status;
        Document = document;
        PageCount = pageCount;
        IsOwnerRestricted = ownerRestricted;
        Error = error;
    }

    public PdfOpenStatus Status { get; }

    public PopplerDocumentHandle? Document { get; }

    public int PageCount { get; }

    /// <summary>Opened without a password but with an owner password restricting printing, copying or editing.</summary>
    public bool IsOwnerRestricted { get; }

    /// <summary>Poppler's own message when the file did not open.</summary>
    public string? Error { get; }

    public static PdfOpenResult Opened(PopplerDocumentHandle document, int pageCount, bool ownerRestricted) =>
        new(PdfOpenStatus.Opened, document, pageCount, ownerRestricted, null);

    public static PdfOpenResult Failed(PdfOpenStatus status, string error) => new(status, null, 0, false, error);

    /// <summary>Page size in points, after the page's rotation.</summary>
    public PdfPageSize GetPageSize(int index) => PdfPages.GetSize(OpenDocument(index), index);

    /// <summary>The page's text layer in reading order; empty for a scan without OCR text.</summary>
    public string GetPageText(int index) => PdfPages.GetText(OpenDocument(index), index);

    /// <summary>How many images the page places; a born-digital page (text, no scan) has none.</summary>
    public int CountImages(int index) => PdfPages.CountImages(OpenDocument(index), index);

    public bool HasImages(int index) => CountImages(index) > 0;

    /// <summary>Renders one page to gray at <paramref name="dpi"/>, lowered so the raster holds at most <paramref name="maxPixels"/>.</summary>
    /// <exception cref="InvalidDataException">The page cannot be loaded or rendered.</exception>
    public GrayImage RenderPage(int index, double dpi, long maxPixels) => RenderPage(index, dpi, maxPixels, out _);

    /// <inheritdoc cref="RenderPage(int, double, long)"/>
    /// <param name="effectiveDpi">The resolution actually used, at most <paramref name="dpi"/>.</param>
    public GrayImage RenderPage(int index, double dpi, long maxPixels, out double effectiveDpi) =>
        PdfPages.Render(OpenDocument(index), index, dpi, maxPixels, out effectiveDpi);

    public void Dispose() => Document?.Dispose();

    private PopplerDocumentHandle OpenDocument(int index)
    {
        if (Status != PdfOpenStatus.Opened || Document is null)
        {
            throw new InvalidOperationException($"the PDF did not open ({Status}): {Error}");
        }
        ObjectDisposedException.ThrowIf(Document.IsClosed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, PageCount);
        return Document;
    }
}
