using System.Runtime.InteropServices;

namespace Ocr.Native;

// One SafeHandle per kind of native object, each released by its own C API destructor. The
// marshaller creates them through the public parameterless constructors.

/// <summary>A TessBaseAPI*. Release ends the engine (frees the models) then deletes it.</summary>
internal sealed class TessApiHandle : SafeHandle
{
    public TessApiHandle() : base(nint.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == nint.Zero;

    protected override bool ReleaseHandle()
    {
        // TessBaseAPIDelete would also End, but End first keeps the order explicit: models, then object.
        TesseractNative.TessBaseAPIEnd(handle);
        TesseractNative.TessBaseAPIDelete(handle);
        return true;
    }
}

/// <summary>An ETEXT_DESC*, the progress monitor that carries the deadline and cancel hook.</summary>
internal sealed class TessMonitorHandle : SafeHandle
{
    public TessMonitorHandle() : base(nint.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == nint.Zero;

    protected override bool ReleaseHandle()
    {
        TesseractNative.TessMonitorDelete(handle);
        return true;
    }
}

/// <summary>A TessResultIterator*, valid only until the engine is cleared or recognises again.</summary>
internal sealed class TessResultIteratorHandle : SafeHandle
{
    public TessResultIteratorHandle() : base(nint.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == nint.Zero;

    protected override bool ReleaseHandle()
    {
        TesseractNative.TessResultIteratorDelete(handle);
        return true;
    }
}

/// <summary>A TessChoiceIterator*, one per symbol asked for its alternatives.</summary>
internal sealed class TessChoiceIteratorHandle : SafeHandle
{
    public TessChoiceIteratorHandle() : base(nint.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == nint.Zero;

    protected override bool ReleaseHandle()
    {
        TesseractNative.TessChoiceIteratorDelete(handle);
        return true;
    }
}

/// <summary>A char* that Tesseract allocated with new[] and that only TessDeleteText may free.</summary>
internal sealed class TessTextHandle : SafeHandle
{
    public TessTextHandle() : base(nint.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == nint.Zero;

    /// <summary>The UTF-8 text, or null for a null pointer (Tesseract's "nothing here").</summary>
    public string? Read() => IsInvalid ? null : Marshal.PtrToStringUTF8(handle);

    protected override bool ReleaseHandle()
    {
        TesseractNative.TessDeleteText(handle);
        return true;
    }
}
