namespace Ocr;

/// <summary>The "Ocr" configuration section.</summary>
public sealed class OcrOptions
{
    public const string SectionName = "Ocr";

    /// <summary>Directory holding the *.traineddata files.</summary>
    public string TessdataPath { get; set; } = TesseractEngine.DefaultTessdataPath;

    /// <summary>
    /// Engines per language set: one per concurrent consumer. Each engine runs one page at a time on
    /// one core (OMP_THREAD_LIMIT=1), so more engines than cores only adds memory (≈30–60 MB each).
    /// </summary>
    public int PoolSize { get; set; } = Environment.ProcessorCount;

    /// <summary>Deadline for requests that set none.</summary>
    public int DefaultDeadlineMs { get; set; } = 10_000;

    /// <summary>How long a rent waits for a busy pool before giving up with a TimeoutException.</summary>
    public int RentTimeoutMs { get; set; } = 30_000;

    public OcrEngineMode EngineMode { get; set; } = OcrEngineMode.LstmOnly;

    /// <summary>Language sets to load at startup, e.g. ["eng", "fra", "eng+fra"]; others load on first use.</summary>
    public string[] WarmUpLanguages { get; set; } = [];
}
