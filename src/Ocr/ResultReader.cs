using System.Runtime.InteropServices;
using Ocr.Native;

namespace Ocr;

/// <summary>Walks Tesseract's result iterator into managed records, freeing every native object it takes.</summary>
internal static class ResultReader
{
    internal static IReadOnlyList<OcrLine> ReadLines(TessApiHandle api, bool includeSymbols)
    {
        using var it = TesseractNative.TessBaseAPIGetIterator(api);
        if (it.IsInvalid)
        {
            return [];
        }

        var lines = new List<OcrLine>();
        // The page iterator is the same C++ object seen through its base class: borrowed, not freed.
        nint page = TesseractNative.TessResultIteratorGetPageIterator(it);
        var level = includeSymbols ? IteratorLevel.Symbol : IteratorLevel.TextLine;
        LineBuilder? current = null;
        do
        {
            if (current is null || TesseractNative.TessPageIteratorIsAtBeginningOf(page, IteratorLevel.TextLine) != 0)
            {
                Flush(current, lines);
                current = StartLine(it, page);
                if (current is null)
                {
                    // An empty page still yields an iterator, positioned on nothing.
                    break;
                }
            }

            if (includeSymbols && ReadSymbol(it, page) is { } symbol)
            {
                current.Symbols.Add(symbol);
            }
        }
        while (TesseractNative.TessResultIteratorNext(it, level) != 0);

        Flush(current, lines);
        return lines;
    }

    private static LineBuilder? StartLine(TessResultIteratorHandle it, nint page)
    {
        if (TesseractNative.TessPageIteratorBoundingBox(page, IteratorLevel.TextLine, out int l, out int t, out int r, out int b) == 0)
        {
            return null;
        }

        string text;
        using (var utf8 = TesseractNative.TessResultIteratorGetUTF8Text(it, IteratorLevel.TextLine))
        {
            // Tesseract ends every line with '\n'; words the deadline never reached are empty.
            text = (utf8.Read() ?? string.Empty).TrimEnd('\n');
        }

        float confidence = TesseractNative.TessResultIteratorConfidence(it, IteratorLevel.TextLine);
        return new LineBuilder(text, new OcrRectangle(l, t, r - l, b - t), confidence);
    }

    private static OcrSymbol? ReadSymbol(TessResultIteratorHandle it, nint page)
    {
        string? text;
        using (var utf8 = TesseractNative.TessResultIteratorGetUTF8Text(it, IteratorLevel.Symbol))
        {
            text = utf8.Read();
        }

        if (string.IsNullOrEmpty(text) ||
            TesseractNative.TessPageIteratorBoundingBox(page, IteratorLevel.Symbol, out int l, out int t, out int r, out int b) == 0)
        {
            return null;
        }

        float confidence = TesseractNative.TessResultIteratorConfidence(it, IteratorLevel.Symbol);
        return new OcrSymbol(text, new OcrRectangle(l, t, r - l, b - t), confidence, ReadChoices(it));
    }

    private static List<OcrChoice> ReadChoices(TessResultIteratorHandle it)
    {
        var choices = new List<OcrChoice>();
        using var choice = TesseractNative.TessResultIteratorGetChoiceIterator(it);
        if (choice.IsInvalid)
        {
            return choices;
        }

        do
        {
            // Borrowed string: it belongs to the model's character set.
            var text = Marshal.PtrToStringUTF8(TesseractNative.TessChoiceIteratorGetUTF8Text(choice));
            if (!string.IsNullOrEmpty(text))
            {
                choices.Add(new OcrChoice(text, TesseractNative.TessChoiceIteratorConfidence(choice)));
            }
        }
        while (TesseractNative.TessChoiceIteratorNext(choice) != 0);

        choices.Sort((a, b) => b.Confidence.CompareTo(a.Confidence));
        return choices;
    }

    private static void Flush(LineBuilder? line, List<OcrLine> lines)
    {
        if (line is not null)
        {
            lines.Add(new OcrLine(line.Text, line.Bounds, line.Confidence, line.Symbols));
        }
    }

    private sealed record LineBuilder(string Text, OcrRectangle Bounds, float Confidence)
    {
        public List<OcrSymbol> Symbols { get; } = [];
    }
}
