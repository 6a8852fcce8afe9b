using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ocr.Native;

/// <summary>
/// The slice of Tesseract's C API (capi.h, libtesseract 5.3) this library uses. Every object the
/// library allocates comes back as a SafeHandle, so it is freed exactly once even when a caller
/// forgets to dispose or an exception unwinds the stack.
/// </summary>
internal static unsafe partial class TesseractNative
{
    // The SONAME, not "tesseract": the Debian runtime package (libtesseract5) ships only the
    // versioned file; the unversioned symlink comes with libtesseract-dev, which production lacks.
    private const string Lib = "libtesseract.so.5";

    // glibc's SONAME; "libc" alone makes the loader try libc.so, a linker script on Debian.
    private const string LibC = "libc.so.6";

    /// <summary>The variable that caps libgomp's thread team.</summary>
    internal const string OmpThreadLimit = "OMP_THREAD_LIMIT";

    /// <summary>
    /// Runs before the first call into libtesseract, which is what first loads it (and libgomp,
    /// one of its dependencies). libgomp reads OMP_THREAD_LIMIT once, when it is loaded: with no
    /// limit each engine spawns a team of threads per page, and a pool of engines already running
    /// one per core then oversubscribes the CPU and gets slower, not faster. On Linux,
    /// Environment.SetEnvironmentVariable only changes .NET's own copy of the environment, which
    /// native code never sees, so the variable is set in the C runtime's environment with setenv.
    /// An explicit value from the operator is kept (overwrite = 0).
    /// </summary>
    static TesseractNative()
    {
        _ = SetEnv(OmpThreadLimit, "1", 0);
    }

    /// <summary>Forces the static initializer (and so the OpenMP limit) to run.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void EnsureInitialized()
    {
    }

    [LibraryImport(LibC, EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);

    /// <summary>Reads the C runtime's environment, the one native libraries see.</summary>
    [LibraryImport(LibC, EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint GetEnv(string name);

    // ---- general ----

    [LibraryImport(Lib)]
    internal static partial nint TessVersion();

    [LibraryImport(Lib)]
    internal static partial void TessDeleteText(nint text);

    // ---- base API ----

    [LibraryImport(Lib)]
    internal static partial TessApiHandle TessBaseAPICreate();

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPIDelete(nint handle);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int TessBaseAPIInit2(TessApiHandle handle, string datapath, string language, OcrEngineMode oem);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int TessBaseAPISetVariable(TessApiHandle handle, string name, string value);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint TessBaseAPIGetStringVariable(TessApiHandle handle, string name);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPISetPageSegMode(TessApiHandle handle, PageSegmentation mode);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPISetImage(TessApiHandle handle, byte* imagedata, int width, int height, int bytesPerPixel, int bytesPerLine);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPISetSourceResolution(TessApiHandle handle, int ppi);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPISetRectangle(TessApiHandle handle, int left, int top, int width, int height);

    [LibraryImport(Lib)]
    internal static partial int TessBaseAPIRecognize(TessApiHandle handle, TessMonitorHandle monitor);

    [LibraryImport(Lib)]
    internal static partial TessTextHandle TessBaseAPIGetUTF8Text(TessApiHandle handle);

    [LibraryImport(Lib)]
    internal static partial int TessBaseAPIMeanTextConf(TessApiHandle handle);

    [LibraryImport(Lib)]
    internal static partial TessResultIteratorHandle TessBaseAPIGetIterator(TessApiHandle handle);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPIClear(TessApiHandle handle);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPIEnd(nint handle);

    // ---- monitor (ETEXT_DESC) ----

    [LibraryImport(Lib)]
    internal static partial TessMonitorHandle TessMonitorCreate();

    [LibraryImport(Lib)]
    internal static partial void TessMonitorDelete(nint monitor);

    [LibraryImport(Lib)]
    internal static partial void TessMonitorSetDeadlineMSecs(TessMonitorHandle monitor, int deadline);

    /// <summary>cancelFunc is a C++ <c>bool (*)(void* cancel_this, int words)</c>.</summary>
    [LibraryImport(Lib)]
    internal static partial void TessMonitorSetCancelFunc(TessMonitorHandle monitor, delegate* unmanaged[Cdecl]<nint, int, byte> cancelFunc);

    [LibraryImport(Lib)]
    internal static partial void TessMonitorSetCancelThis(TessMonitorHandle monitor, nint cancelThis);

    [LibraryImport(Lib)]
    internal static partial int TessMonitorGetProgress(TessMonitorHandle monitor);

    // ---- iterators ----

    [LibraryImport(Lib)]
    internal static partial void TessResultIteratorDelete(nint handle);

    /// <summary>Borrowed: the page iterator is the result iterator's own base object.</summary>
    [LibraryImport(Lib)]
    internal static partial nint TessResultIteratorGetPageIterator(TessResultIteratorHandle handle);

    [LibraryImport(Lib)]
    internal static partial int TessResultIteratorNext(TessResultIteratorHandle handle, IteratorLevel level);

    [LibraryImport(Lib)]
    internal static partial TessTextHandle TessResultIteratorGetUTF8Text(TessResultIteratorHandle handle, IteratorLevel level);

    [LibraryImport(Lib)]
    internal static partial float TessResultIteratorConfidence(TessResultIteratorHandle handle, IteratorLevel level);

    [LibraryImport(Lib)]
    internal static partial TessChoiceIteratorHandle TessResultIteratorGetChoiceIterator(TessResultIteratorHandle handle);

    [LibraryImport(Lib)]
    internal static partial int TessPageIteratorIsAtBeginningOf(nint pageIterator, IteratorLevel level);

    [LibraryImport(Lib)]
    internal static partial int TessPageIteratorBoundingBox(nint pageIterator, IteratorLevel level, out int left, out int top, out int right, out int bottom);

    [LibraryImport(Lib)]
    internal static partial void TessChoiceIteratorDelete(nint handle);

    [LibraryImport(Lib)]
    internal static partial int TessChoiceIteratorNext(TessChoiceIteratorHandle handle);

    /// <summary>Borrowed: the string belongs to the unicharset, never freed by the caller.</summary>
    [LibraryImport(Lib)]
    internal static partial nint TessChoiceIteratorGetUTF8Text(TessChoiceIteratorHandle handle);

    [LibraryImport(Lib)]
    internal static partial float TessChoiceIteratorConfidence(TessChoiceIteratorHandle handle);
}

/// <summary>TessPageIteratorLevel.</summary>
internal enum IteratorLevel
{
    Block = 0,
    Paragraph = 1,
    TextLine = 2,
    Word = 3,
    Symbol = 4,
}
