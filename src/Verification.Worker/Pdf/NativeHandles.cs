using Microsoft.Win32.SafeHandles;

namespace Verification.Worker.Pdf;

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
