namespace Verification.Worker.Pdf;

public enum PdfOpenStatus
{
    Opened,
    NeedsPassword,
    Unreadable,
}

/// <summary>The outcome of opening a PDF without a password; owns the native document when it opened.</summary>
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

    public void Dispose() => Document?.Dispose();
}
