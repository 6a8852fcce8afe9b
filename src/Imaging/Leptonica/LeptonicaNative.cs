using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Imaging.Leptonica;

/// <summary>
/// The slice of Leptonica (Debian liblept5, allheaders.h) the decoder uses. Declared by hand
/// because no imaging package is available in the registry.
/// </summary>
internal static unsafe partial class LeptonicaNative
{
    private const string Lept = "liblept.so.5";

    /// <summary>IFF_JFIF_JPEG and IFF_PNG from imageio.h.</summary>
    public const int FormatJpeg = 2;
    public const int FormatPng = 3;

    /// <summary>L_JPEG_READ_LUMINANCE: libjpeg then skips the chroma IDCT, upsampling and colour conversion.</summary>
    public const int JpegReadLuminance = 1;

    /// <summary>L_SEVERITY_WARNING: Leptonica's per-call info lines are dropped before they are even formatted.</summary>
    public const int SeverityWarning = 4;

    [LibraryImport(Lept)]
    public static partial int pixReadHeaderMem(byte* data, nuint size, out int format, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int isColormapped);

    [LibraryImport(Lept)]
    public static partial PixHandle pixReadMemJpeg(byte* data, nuint size, int colormapFlag, int reduction, out int warnings, int hint);

    [LibraryImport(Lept)]
    public static partial PixHandle pixReadMemPng(byte* data, nuint size);

    [LibraryImport(Lept)]
    public static partial PixHandle pixConvertTo8(PixHandle pix, int colormapFlag);

    [LibraryImport(Lept)]
    public static partial PixHandle pixAlphaBlendUniform(PixHandle pix, uint color);

    [LibraryImport(Lept)]
    public static partial int pixGetDimensions(PixHandle pix, out int width, out int height, out int depth);

    [LibraryImport(Lept)]
    public static partial int pixGetWpl(PixHandle pix);

    [LibraryImport(Lept)]
    public static partial int pixGetSpp(PixHandle pix);

    [LibraryImport(Lept)]
    public static partial uint* pixGetData(PixHandle pix);

    [LibraryImport(Lept)]
    public static partial IntPtr pixGetColormap(PixHandle pix);

    [LibraryImport(Lept)]
    public static partial void pixDestroy(ref IntPtr pix);

    [LibraryImport(Lept)]
    public static partial int setMsgSeverity(int severity);

    [LibraryImport(Lept)]
    public static partial void leptSetStderrHandler(delegate* unmanaged[Cdecl]<byte*, void> handler);
}

/// <summary>A Leptonica PIX, destroyed as soon as its pixels have been copied out.</summary>
internal sealed class PixHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        var pix = handle;
        LeptonicaNative.pixDestroy(ref pix);
        return true;
    }
}

/// <summary>
/// Routes Leptonica's messages away from stderr: a hostile upload is expected input, not an event
/// for the console. The first message on the calling thread is kept so a failure can say why:
/// Leptonica reports an error at every level it passes through, innermost (most precise) first.
/// </summary>
internal static unsafe class LeptonicaMessages
{
    [ThreadStatic]
    private static string? t_first;

    static LeptonicaMessages()
    {
        LeptonicaNative.setMsgSeverity(LeptonicaNative.SeverityWarning);
        LeptonicaNative.leptSetStderrHandler(&OnMessage);
    }

    /// <summary>Installs the handler once per process; Leptonica's handler is process-wide.</summary>
    public static void EnsureInstalled() => RuntimeHelpers.RunClassConstructor(typeof(LeptonicaMessages).TypeHandle);

    public static void Clear() => t_first = null;

    /// <summary>The first message Leptonica reported on this thread since <see cref="Clear"/>, if any.</summary>
    public static string? First => t_first;

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnMessage(byte* message)
    {
        // An exception must never unwind into C; a message lost is the lesser harm.
        try
        {
            t_first ??= Marshal.PtrToStringUTF8((IntPtr)message)?.Trim();
        }
        catch (Exception)
        {
            t_first = null;
        }
    }
}
