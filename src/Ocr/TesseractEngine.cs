using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ocr.Native;

namespace Ocr;

/// <summary>
/// One initialised Tesseract engine with its models in memory. Loading the models is the expensive
/// part, so an engine is made once and reused (see <see cref="TesseractEnginePool"/>). Not thread-safe:
/// Tesseract keeps per-page state in the engine, so concurrent use is refused, not serialised.
/// </summary>
public sealed class TesseractEngine : IDisposable
{
    /// <summary>Where Debian's tesseract-ocr-* packages put the models.</summary>
    public const string DefaultTessdataPath = "/usr/share/tesseract-ocr/5/tessdata";

    // Variables a request may change; each is put back to this value after every call so that a
    // pooled engine carries nothing from one user to the next.
    private const string WhitelistVariable = "tessedit_char_whitelist";
    private const string ChoiceModeVariable = "lstm_choice_mode";

    private readonly TessApiHandle _api;
    private readonly ILogger _logger;
    private int _busy;

    public TesseractEngine(
        string languages,
        string? tessdataPath = null,
        OcrEngineMode engineMode = OcrEngineMode.LstmOnly,
        ILogger<TesseractEngine>? logger = null)
    {
        Languages = ModelFiles.ValidateLanguages(languages);
        TessdataPath = string.IsNullOrWhiteSpace(tessdataPath) ? DefaultTessdataPath : tessdataPath;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        ModelFiles.ThrowIfMissing(Languages, TessdataPath);

        TesseractNative.EnsureInitialized();
        var watch = Stopwatch.StartNew();
        _api = TesseractNative.TessBaseAPICreate();
        if (_api.IsInvalid)
        {
            throw new OcrInitializationException("TessBaseAPICreate returned null (out of memory?).");
        }

        int rc = TesseractNative.TessBaseAPIInit2(_api, TessdataPath, Languages, engineMode);
        if (rc != 0)
        {
            _api.Dispose();
            Log.InitFailed(_logger, Languages, TessdataPath, engineMode, rc);
            throw new OcrInitializationException(
                $"Tesseract could not load '{Languages}' from {TessdataPath} with engine mode {engineMode} (code {rc}). " +
                "The Debian traineddata is LSTM-only: use OcrEngineMode.LstmOnly, and check the files " +
                $"with 'ls {TessdataPath}'; install them with: apt-get install -y {ModelFiles.DebianPackages(Languages)}");
        }

        // Tesseract prints diagnostics ("Empty page!!", statistics dumps on blank crops, resolution
        // guesses) straight to stderr for every page; results and logs here carry what matters. The
        // setting is process-wide in Tesseract, and set only after Init so load errors still show.
        SetVariable("debug_file", "/dev/null");
        InitializationTime = watch.Elapsed;
        Log.EngineReady(_logger, Languages, InitializationTime.TotalMilliseconds);
    }

    /// <summary>The language set as given to Tesseract, e.g. "eng+fra" (the first one leads).</summary>
    public string Languages { get; }

    public string TessdataPath { get; }

    /// <summary>How long loading the models took: the cost a warm engine saves on every page.</summary>
    public TimeSpan InitializationTime { get; }

    /// <summary>The deadline for requests that carry none.</summary>
    public TimeSpan DefaultDeadline { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The libtesseract version actually loaded, e.g. "5.3.0".</summary>
    public static string NativeVersion
    {
        get
        {
            TesseractNative.EnsureInitialized();
            return Marshal.PtrToStringUTF8(TesseractNative.TessVersion()) ?? "unknown";
        }
    }

    /// <summary>Recognises <paramref name="image"/>; see <see cref="OcrRequest"/> for the knobs.</summary>
    /// <param name="cancellationToken">Checked by Tesseract between words, like the deadline.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled during recognition.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using this engine.</exception>
    public OcrResult Recognize(OcrImage image, OcrRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_api.IsClosed, this);
        int deadlineMs = ValidateRequest(image, request);
        cancellationToken.ThrowIfCancellationRequested();

        if (Interlocked.Exchange(ref _busy, 1) != 0)
        {
            throw new InvalidOperationException(
                $"This {Languages} engine is already recognising on another thread; rent one engine per concurrent caller.");
        }

        var watch = Stopwatch.StartNew();
        var cancelState = default(GCHandle);
        try
        {
            var area = request.Region ?? new OcrRectangle(0, 0, image.Width, image.Height);
            if (request.SkipNoise && NoiseGuard.LooksLikeNoise(image, area, out double density))
            {
                // Returned before any native call: layout analysis on noise ignores the deadline.
                Log.SkippedAsNoise(_logger, Languages, area.Width, area.Height, density);
                return new OcrResult(string.Empty, 0, [], watch.Elapsed, TimedOut: false, Progress: 0, SkippedAsNoise: true);
            }

            if (cancellationToken.CanBeCanceled)
            {
                cancelState = GCHandle.Alloc(new CancelState(cancellationToken));
            }

            return RecognizeCore(image, request, deadlineMs, cancelState, cancellationToken, watch);
        }
        finally
        {
            OcrMetrics.RecordRecognition(watch.Elapsed, Languages);
            try
            {
                ResetState();
            }
            finally
            {
                if (cancelState.IsAllocated)
                {
                    cancelState.Free();
                }

                Volatile.Write(ref _busy, 0);
            }
        }
    }

    private unsafe OcrResult RecognizeCore(
        OcrImage image, OcrRequest request, int deadlineMs, GCHandle cancelState, CancellationToken cancellationToken, Stopwatch watch)
    {
        TesseractNative.TessBaseAPISetPageSegMode(_api, request.PageSegmentation);
        fixed (byte* pixels = image.Pixels)
        {
            // SetImage copies the pixels into a Leptonica Pix, so the pin can end here.
            TesseractNative.TessBaseAPISetImage(_api, pixels, image.Width, image.Height, 1, image.Stride);
        }

        // Both after SetImage, which resets them.
        TesseractNative.TessBaseAPISetSourceResolution(_api, request.SourceResolution);
        if (request.Region is { } r)
        {
            TesseractNative.TessBaseAPISetRectangle(_api, r.Left, r.Top, r.Width, r.Height);
        }

        // Read by Tesseract when recognition starts; put back by ResetState after the call.
        SetVariable(WhitelistVariable, request.CharacterWhitelist ?? string.Empty);
        // The LSTM decoder keeps per-symbol alternatives only when asked; it costs extra beams.
        SetVariable(ChoiceModeVariable, request.IncludeAlternatives ? "2" : "0");

        using var monitor = TesseractNative.TessMonitorCreate();
        if (cancelState.IsAllocated)
        {
            TesseractNative.TessMonitorSetCancelFunc(monitor, &ShouldCancel);
            TesseractNative.TessMonitorSetCancelThis(monitor, GCHandle.ToIntPtr(cancelState));
        }

        // The deadline clock starts here, so it covers layout analysis as well as recognition.
        TesseractNative.TessMonitorSetDeadlineMSecs(monitor, deadlineMs);
        int rc = TesseractNative.TessBaseAPIRecognize(_api, monitor);
        int progress = TesseractNative.TessMonitorGetProgress(monitor);

        // Non-zero means recog_all_words stopped early: our cancel hook or the deadline. Layout
        // failures also return non-zero, but only without an image, which cannot happen here.
        bool stopped = rc != 0;
        if (stopped)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        // Words the deadline never reached were left empty by Tesseract; what was read is kept.
        var lines = ResultReader.ReadLines(_api, request.IncludeAlternatives);
        string text;
        using (var utf8 = TesseractNative.TessBaseAPIGetUTF8Text(_api))
        {
            text = utf8.Read() ?? string.Empty;
        }

        int mean = Math.Clamp(TesseractNative.TessBaseAPIMeanTextConf(_api), 0, 100);
        var elapsed = watch.Elapsed;
        if (stopped)
        {
            Log.DeadlineExceeded(_logger, Languages, deadlineMs, elapsed.TotalMilliseconds, progress);
        }

        return new OcrResult(text, mean, lines, elapsed, stopped, stopped ? progress : 100, SkippedAsNoise: false);
    }

    /// <summary>Frees the models and the engine. Safe to call twice; waits for a running call to leave native code.</summary>
    public void Dispose() => _api.Dispose();

    /// <summary>True while a call is inside <see cref="Recognize"/>.</summary>
    internal bool IsBusy => Volatile.Read(ref _busy) != 0;

    internal string? GetStringVariable(string name)
    {
        ObjectDisposedException.ThrowIf(_api.IsClosed, this);
        return Marshal.PtrToStringUTF8(TesseractNative.TessBaseAPIGetStringVariable(_api, name));
    }

    private void ResetState()
    {
        if (_api.IsClosed)
        {
            return;
        }

        // Clear drops the image and page results (tens of MB on a full page) so an idle pooled
        // engine holds only its models; the variables go back to their defaults.
        TesseractNative.TessBaseAPIClear(_api);
        SetVariable(WhitelistVariable, string.Empty);
        SetVariable(ChoiceModeVariable, "0");
    }

    private void SetVariable(string name, string value)
    {
        if (TesseractNative.TessBaseAPISetVariable(_api, name, value) == 0)
        {
            throw new OcrException($"Tesseract rejected variable {name}='{value}'.");
        }
    }

    private int ValidateRequest(OcrImage image, OcrRequest request)
    {
        if (!Enum.IsDefined(request.PageSegmentation))
        {
            throw new ArgumentException($"Unsupported page segmentation {request.PageSegmentation}.", nameof(request));
        }

        if (request.SourceResolution is < 70 or > 2400)
        {
            throw new ArgumentException("SourceResolution must be between 70 and 2400 DPI.", nameof(request));
        }

        if (request.Region is { } r &&
            (r.Left < 0 || r.Top < 0 || r.Width < 1 || r.Height < 1 || r.Right > image.Width || r.Bottom > image.Height))
        {
            throw new ArgumentException($"Region {r} is not inside the {image.Width}x{image.Height} image.", nameof(request));
        }

        var deadline = request.Deadline ?? DefaultDeadline;
        if (deadline <= TimeSpan.Zero || deadline.TotalMilliseconds > int.MaxValue)
        {
            // No "infinite": every recognition has a deadline, or one bad page can hold a worker forever.
            throw new ArgumentException("Deadline must be positive and finite.", nameof(request));
        }

        return Math.Max(1, (int)Math.Ceiling(deadline.TotalMilliseconds));
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static byte ShouldCancel(nint cancelThis, int words)
    {
        // Called from Tesseract between words; must not throw across the native frame.
        return GCHandle.FromIntPtr(cancelThis).Target is CancelState { Token.IsCancellationRequested: true } ? (byte)1 : (byte)0;
    }

    private sealed record CancelState(CancellationToken Token);
}
