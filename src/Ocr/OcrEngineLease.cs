namespace Ocr;

/// <summary>
/// Exclusive use of one pooled engine until disposed. Dispose returns the engine; a lease is meant
/// for one page or one document, not to be held across awaits on unrelated work.
/// </summary>
public sealed class OcrEngineLease : IDisposable
{
    private readonly Action<TesseractEngine> _return;
    private TesseractEngine? _engine;

    internal OcrEngineLease(TesseractEngine engine, Action<TesseractEngine> returnEngine)
    {
        _engine = engine;
        _return = returnEngine;
    }

    /// <summary>The rented engine; throws once the lease is disposed, so it cannot be used after return.</summary>
    public TesseractEngine Engine => _engine ?? throw new ObjectDisposedException(nameof(OcrEngineLease));

    public OcrResult Recognize(OcrImage image, OcrRequest request, CancellationToken cancellationToken = default) =>
        Engine.Recognize(image, request, cancellationToken);

    public void Dispose()
    {
        var engine = Interlocked.Exchange(ref _engine, null);
        if (engine is not null)
        {
            _return(engine);
        }
    }
}
