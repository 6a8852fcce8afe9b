using System.Runtime.InteropServices;

namespace Imaging.Pdf;

/// <summary>
/// The slice of poppler-glib (Debian libpoppler-glib8) and GLib the checks use. Declared by hand
/// because no PDF package is available; see docs/architecture.md.
/// </summary>
internal static partial class PopplerNative
{
    private const string Poppler = "libpoppler-glib.so.8";
    private const string GLib = "libglib-2.0.so.0";
    private const string GObject = "libgobject-2.0.so.0";

    /// <summary>PopplerError codes (poppler-glib's poppler.h).</summary>
    public const int ErrorInvalid = 0;
    public const int ErrorEncrypted = 1;

    /// <summary>POPPLER_PERMISSIONS_FULL: every right granted, i.e. no owner-password restriction.</summary>
    public const int PermissionsFull = 0xFF;

    [StructLayout(LayoutKind.Sequential)]
    public struct GError
    {
        public uint Domain;
        public int Code;
        public IntPtr Message;
    }

    [LibraryImport(Poppler)]
    public static partial PopplerDocumentHandle poppler_document_new_from_bytes(GBytesHandle bytes, IntPtr password, out IntPtr error);

    [LibraryImport(Poppler)]
    public static partial int poppler_document_get_n_pages(PopplerDocumentHandle document);

    [LibraryImport(Poppler)]
    public static partial int poppler_document_get_permissions(PopplerDocumentHandle document);

    [LibraryImport(Poppler)]
    public static partial uint poppler_error_quark();

    [LibraryImport(Poppler)]
    public static partial PopplerPageHandle poppler_document_get_page(PopplerDocumentHandle document, int index);

    [LibraryImport(Poppler)]
    public static partial void poppler_page_get_size(PopplerPageHandle page, out double width, out double height);

    [LibraryImport(Poppler)]
    public static partial GLibStringHandle poppler_page_get_text(PopplerPageHandle page);

    [LibraryImport(Poppler)]
    public static partial void poppler_page_render(PopplerPageHandle page, CairoContextHandle cairo);

    [LibraryImport(Poppler)]
    public static partial ImageMappingHandle poppler_page_get_image_mapping(PopplerPageHandle page);

    [LibraryImport(Poppler)]
    public static partial void poppler_page_free_image_mapping(IntPtr list);

    [LibraryImport(GLib)]
    public static partial GBytesHandle g_bytes_new(ref byte data, nuint size);

    [LibraryImport(GLib)]
    public static partial void g_bytes_unref(IntPtr bytes);

    [LibraryImport(GLib)]
    public static partial void g_error_free(IntPtr error);

    [LibraryImport(GLib)]
    public static partial void g_free(IntPtr memory);

    [LibraryImport(GLib)]
    public static partial uint g_list_length(ImageMappingHandle list);

    [LibraryImport(GObject)]
    public static partial void g_object_unref(IntPtr instance);

    /// <summary>Reads and frees a GError, so no caller can forget the free.</summary>
    public static (int Code, bool IsPopplerDomain, string Message) TakeError(IntPtr error)
    {
        var value = Marshal.PtrToStructure<GError>(error);
        var message = Marshal.PtrToStringUTF8(value.Message) ?? "";
        var isPoppler = value.Domain == poppler_error_quark();
        g_error_free(error);
        return (value.Code, isPoppler, message);
    }
}
