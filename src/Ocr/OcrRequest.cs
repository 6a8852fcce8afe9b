namespace Ocr;

/// <summary>How Tesseract segments the image (values of TessPageSegMode).</summary>
/// <remarks>The orientation-detecting modes are left out: they need osd.traineddata, a package this
/// pipeline does not install, and the MRZ reader tries rotations itself.</remarks>
public enum PageSegmentation
{
    /// <summary>Full layout analysis: blocks, columns, lines.</summary>
    Auto = 3,

    /// <summary>Layout analysis without orientation detection and without recognition of images.</summary>
    AutoOnly = 2,

    SingleColumn = 4,

    /// <summary>One uniform block of text, e.g. a cropped MRZ band of two or three lines.</summary>
    SingleBlock = 6,

    /// <summary>Exactly one text line, e.g. one MRZ line.</summary>
    SingleLine = 7,

    SingleWord = 8,

    /// <summary>As much text as possible, in no particular order.</summary>
    SparseText = 11,

    /// <summary>One line, bypassing Tesseract's own line hacks.</summary>
    RawLine = 13,
}

/// <summary>TessOcrEngineMode. The Debian traineddata files are LSTM-only ("fast") models.</summary>
public enum OcrEngineMode
{
    /// <summary>The legacy engine; needs traineddata that contains it, which Debian's do not.</summary>
    TesseractOnly = 0,
    LstmOnly = 1,
    TesseractLstmCombined = 2,
    Default = 3,
}

/// <summary>A rectangle in image pixels, origin top-left.</summary>
public readonly record struct OcrRectangle(int Left, int Top, int Width, int Height)
{
    public int Right => Left + Width;

    public int Bottom => Top + Height;
}

/// <summary>What to recognise and how. Every field is reset on the engine after the call.</summary>
public sealed record OcrRequest
{
    /// <summary>Full-page layout analysis with the engine's default deadline.</summary>
    public static OcrRequest Default { get; } = new();

    public PageSegmentation PageSegmentation { get; init; } = PageSegmentation.Auto;

    /// <summary>Only this part of the image is analysed; null for the whole image.</summary>
    public OcrRectangle? Region { get; init; }

    /// <summary>
    /// The only characters the recogniser may output (tessedit_char_whitelist), e.g.
    /// "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789&lt;" for an MRZ; null or empty for no restriction.
    /// </summary>
    public string? CharacterWhitelist { get; init; }

    /// <summary>
    /// Resolution hint in dots per inch. Tesseract sizes its noise filters from it; without one it
    /// guesses from the text and logs the guess on stderr for every page. 70–2400 (its valid range).
    /// </summary>
    public int SourceResolution { get; init; } = 300;

    /// <summary>Return symbols per line, each with the recogniser's alternatives and their confidences.</summary>
    public bool IncludeAlternatives { get; init; }

    /// <summary>
    /// Time allowed for recognition, enforced inside Tesseract by its progress monitor; null for the
    /// engine's <see cref="TesseractEngine.DefaultDeadline"/>. The monitor is checked between words,
    /// so layout analysis before the first word is not interruptible (≈1.6 s for an A4 page at
    /// 300 DPI): bound the pixel count or set <see cref="Region"/>, and keep <see cref="SkipNoise"/> on.
    /// </summary>
    public TimeSpan? Deadline { get; init; }

    /// <summary>
    /// Return an empty result, without calling Tesseract, for an area of at least one megapixel whose
    /// ink/paper transition rate is that of noise (over 0.2 per pixel; printed pages measure below
    /// 0.07). Tesseract's layout analysis, which the deadline cannot interrupt, takes seconds to
    /// minutes on such images and finds nothing. On by default.
    /// </summary>
    public bool SkipNoise { get; init; } = true;
}
