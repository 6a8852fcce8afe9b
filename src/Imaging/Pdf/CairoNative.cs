using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Imaging.Pdf;

/// <summary>The slice of cairo (Debian libcairo2, poppler-glib's own renderer) a page raster needs.</summary>
internal static unsafe partial class CairoNative
{
    private const string Cairo = "libcairo.so.2";

    /// <summary>CAIRO_FORMAT_RGB24: 32 bits a pixel, 0x00RRGGBB in native byte order.</summary>
    public const int FormatRgb24 = 1;

    /// <summary>cairo image surfaces refuse a side longer than this.</summary>
    public const int MaxSurfaceSide = 32767;

    public const int StatusSuccess = 0;

    [LibraryImport(Cairo)]
    public static partial CairoSurfaceHandle cairo_image_surface_create(int format, int width, int height);

    [LibraryImport(Cairo)]
    public static partial int cairo_surface_status(CairoSurfaceHandle surface);

    [LibraryImport(Cairo)]
    public static partial void cairo_surface_flush(CairoSurfaceHandle surface);

    [LibraryImport(Cairo)]
    public static partial byte* cairo_image_surface_get_data(CairoSurfaceHandle surface);

    [LibraryImport(Cairo)]
    public static partial int cairo_image_surface_get_stride(CairoSurfaceHandle surface);

    [LibraryImport(Cairo)]
    public static partial void cairo_surface_destroy(IntPtr surface);

    [LibraryImport(Cairo)]
    public static partial CairoContextHandle cairo_create(CairoSurfaceHandle surface);

    [LibraryImport(Cairo)]
    public static partial int cairo_status(CairoContextHandle context);

    [LibraryImport(Cairo)]
    public static partial void cairo_set_source_rgb(CairoContextHandle context, double red, double green, double blue);

    [LibraryImport(Cairo)]
    public static partial void cairo_paint(CairoContextHandle context);

    [LibraryImport(Cairo)]
    public static partial void cairo_scale(CairoContextHandle context, double sx, double sy);

    [LibraryImport(Cairo)]
    public static partial void cairo_destroy(IntPtr context);

    [LibraryImport(Cairo)]
    private static partial IntPtr cairo_status_to_string(int status);

    /// <summary>cairo's static description of a status; nothing to free.</summary>
    public static string Describe(int status) => Marshal.PtrToStringUTF8(cairo_status_to_string(status)) ?? $"cairo status {status}";
}

/// <summary>A cairo image surface; cairo returns an inert error surface rather than null, which destroys safely.</summary>
internal sealed class CairoSurfaceHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        CairoNative.cairo_surface_destroy(handle);
        return true;
    }
}

/// <summary>A cairo drawing context; it holds its own reference to the surface.</summary>
internal sealed class CairoContextHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        CairoNative.cairo_destroy(handle);
        return true;
    }
}
