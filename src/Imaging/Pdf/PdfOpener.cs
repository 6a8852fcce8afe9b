namespace Imaging.Pdf;

/// <summary>Opens a PDF from memory with Poppler, without a password, as a student's reader would.</summary>
public static class PdfOpener
{
    public static PdfOpenResult Open(byte[] content)
    {
        if (content.Length == 0)
        {
            return PdfOpenResult.Failed(PdfOpenStatus.Unreadable, "empty file");
        }
        PopplerDocumentHandle document;
        IntPtr error;
        // g_bytes_new copies, so the managed array need not stay pinned while poppler holds the document.
        using (var bytes = PopplerNative.g_bytes_new(ref content[0], (nuint)content.Length))
        {
            document = PopplerNative.poppler_document_new_from_bytes(bytes, IntPtr.Zero, out error);
        }
        if (document.IsInvalid)
        {
            document.Dispose();
            if (error == IntPtr.Zero)
            {
                return PdfOpenResult.Failed(PdfOpenStatus.Unreadable, "poppler returned no document and no error");
            }
            var (code, isPoppler, message) = PopplerNative.TakeError(error);
            var status = isPoppler && code == PopplerNative.ErrorEncrypted ? PdfOpenStatus.NeedsPassword : PdfOpenStatus.Unreadable;
            return PdfOpenResult.Failed(status, message);
        }
        var pageCount = PopplerNative.poppler_document_get_n_pages(document);
        if (pageCount <= 0)
        {
            document.Dispose();
            return PdfOpenResult.Failed(PdfOpenStatus.Unreadable, "the document has no pages");
        }
        var restricted = (PopplerNative.poppler_document_get_permissions(document) & PopplerNative.PermissionsFull) != PopplerNative.PermissionsFull;
        return PdfOpenResult.Opened(document, pageCount, restricted);
    }
}
