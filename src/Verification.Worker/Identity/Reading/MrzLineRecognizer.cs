using Imaging;
using Ocr;

namespace Verification.Worker.Identity.Reading;

/// <summary>What Tesseract made of one strip.</summary>
internal sealed record LineRecognition(IReadOnlyList<OcrSymbol> Symbols, float MeanConfidence, bool TimedOut, TimeSpan Elapsed)
{
    public string Text => string.Concat(Symbols.Select(s => s.Text));
}

/// <summary>Runs Tesseract on one MRZ line: single-line segmentation, MRZ alphabet only, per-symbol alternatives.</summary>
internal static class MrzLineRecognizer
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";

    /// <summary>
    /// The glyphs are <see cref="LineStrip.GlyphHeight"/> px high and an MRZ character is about 2.4 mm:
    /// roughly 360 dpi. Tesseract sizes its noise filters from this hint.
    /// </summary>
    private const int StripResolution = 360;

    public static LineRecognition Recognize(OcrEngineLease lease, GrayImage strip, TimeSpan deadline, CancellationToken cancellationToken,
        PageSegmentation segmentation = PageSegmentation.SingleLine)
    {
        var result = lease.Recognize(new OcrImage(strip.Pixels, strip.Width, strip.Height), new OcrRequest
        {
            PageSegmentation = segmentation,
            CharacterWhitelist = Alphabet,
            IncludeAlternatives = true,
            SourceResolution = StripResolution,
            Deadline = deadline,
            // A strip is far below a megapixel; the guard would never trigger, and skipping it saves a pass.
            SkipNoise = false,
        }, cancellationToken);
        var symbols = result.Lines.SelectMany(l => l.Symbols).Where(s => s.Text.Length > 0 && s.Text != " ").ToList();
        var confidence = symbols.Count == 0 ? 0 : symbols.Average(s => s.Confidence) / 100f;
        return new LineRecognition(symbols, confidence, result.TimedOut, result.Elapsed);
    }
}
