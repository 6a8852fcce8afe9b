namespace Verification.Worker.BirthCertificates.Reading;

public enum PageTextSource
{
    /// <summary>The PDF's own text: exact, and in any script.</summary>
    TextLayer,
    /// <summary>Read by Tesseract with the French and English models.</summary>
    Ocr,
    /// <summary>Not read: the time budget ran out, no engine was free, or the page could not be rendered.</summary>
    NotRead,
}

/// <summary>The text of one page and how it was obtained.</summary>
/// <param name="OcrConfidence">Tesseract's mean word confidence (0-100); 100 for a text layer, 0 when not read.</param>
/// <param name="InkRatio">Share of dark pixels on the page: tells a blank page from one OCR could not read.</param>
/// <param name="Problem">Why the page was read only in part or not at all; null when it was read fully.</param>
public sealed record PageText(int Number, PageTextSource Source, string Text, int OcrConfidence, double InkRatio, double ElapsedMs, string? Problem)
{
    public static PageText NotRead(int number, double inkRatio, string problem) =>
        new(number, PageTextSource.NotRead, "", 0, inkRatio, 0, problem);
}
