namespace Ocr;

/// <summary>The outcome of one recognition.</summary>
/// <param name="Text">The page text as Tesseract lays it out (lines separated by '\n').</param>
/// <param name="MeanConfidence">Tesseract's mean word confidence, 0–100.</param>
/// <param name="Lines">Text lines in reading order.</param>
/// <param name="Elapsed">Wall time of the recognition, layout analysis included.</param>
/// <param name="TimedOut">
/// True when the deadline stopped recognition: the words not reached are empty, so the result is partial.
/// </param>
/// <param name="Progress">
/// 100 when recognition ran to the end; otherwise the monitor's figure when it stopped (0 means the
/// deadline had already passed during layout analysis, before the first word).
/// </param>
/// <param name="SkippedAsNoise">
/// True when the image was not given to Tesseract because it reads as noise, not a document
/// (see <see cref="OcrRequest.SkipNoise"/>); the result is then empty.
/// </param>
public sealed record OcrResult(
    string Text,
    int MeanConfidence,
    IReadOnlyList<OcrLine> Lines,
    TimeSpan Elapsed,
    bool TimedOut,
    int Progress,
    bool SkippedAsNoise);

/// <param name="Symbols">Empty unless the request asked for alternatives.</param>
public sealed record OcrLine(string Text, OcrRectangle Bounds, float Confidence, IReadOnlyList<OcrSymbol> Symbols);

/// <summary>One recognised character (or grapheme) with the recogniser's other candidates.</summary>
/// <param name="Alternatives">
/// Candidates for this position, best first; the first is normally <paramref name="Text"/>. With the
/// LSTM engine these come from its CTC decoder (lstm_choice_mode 2).
/// </param>
public sealed record OcrSymbol(string Text, OcrRectangle Bounds, float Confidence, IReadOnlyList<OcrChoice> Alternatives);

public sealed record OcrChoice(string Text, float Confidence);
