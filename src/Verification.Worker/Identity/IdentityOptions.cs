namespace Verification.Worker.Identity;

/// <summary>Bounds of the identity reading (MRZ and visa visual zone), bound from "Identity".</summary>
public sealed class IdentityOptions
{
    public const string Section = "Identity";

    /// <summary>
    /// JPEG decoding stops shrinking before the long side falls below this (DCT scaling), so MRZ characters
    /// keep 20–40 px on a phone photo of a passport page without paying for a 12-megapixel decode.
    /// </summary>
    public int OcrMinLongSide { get; set; } = 2000;

    /// <summary>Images larger than this are scaled down first. Bounds memory and time.</summary>
    public int OcrMaxLongSide { get; set; } = 3200;

    /// <summary>PDF pages are rendered with their long side at this many pixels (about 200 dpi for A4), at most 300 dpi.</summary>
    public int PdfRenderLongSide { get; set; } = 2400;

    /// <summary>Total time for finding and reading the MRZ of one document, all attempts included.</summary>
    public int MrzBudgetMs { get; set; } = 8000;

    /// <summary>Deadline of each Tesseract call on one MRZ line (typically 40–90 ms).</summary>
    public int LineDeadlineMs { get; set; } = 1500;

    /// <summary>Candidate bands tried per page, most plausible first.</summary>
    public int MaxBands { get; set; } = 3;

    /// <summary>Deadline of the OCR of a visa's visual zone (printed type and validity dates).</summary>
    public int VisaZoneDeadlineMs { get; set; } = 4000;

    /// <summary>How long a check waits for a free OCR engine before the document goes to an agent.</summary>
    public int EngineWaitMs { get; set; } = 10000;
}
