using Microsoft.Win32.SafeHandles;

namespace Imaging.Pdf;

/// <summary>A GBytes buffer; poppler keeps its own reference, so ours is dropped as soon as the document is open.</summary>
internal sealed class GBytesHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        PopplerNative.g_bytes_unref(handle);
        return true;
    }
}

/// <summary>A PopplerDocument (a GObject), released deterministically rather than by the finalizer thread.</summary>
public sealed class PopplerDocumentHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        PopplerNative.g_object_unref(handle);
        return true;
    }
}

/// <summary>A PopplerPage (a GObject) taken from a document for one operation.</summary>
internal sealed class PopplerPageHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        PopplerNative.g_object_unref(handle);
        return true;
    }
}

/// <summary>The GList of PopplerImageMapping a page returns; poppler frees the list and its items together.</summary>
internal sealed class ImageMappingHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        PopplerNative.poppler_page_free_image_mapping(handle);
        return true;
    }
}

/// <summary>A string GLib allocated for us (g_malloc), freed with g_free.</summary>
internal sealed class GLibStringHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        PopplerNative.g_free(handle);
        return true;
    }
}
