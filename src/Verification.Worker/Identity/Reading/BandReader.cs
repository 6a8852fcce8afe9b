using Imaging;
using Mrz;
using Ocr;
using Verification.Worker.Identity.Localisation;

namespace Verification.Worker.Identity.Reading;

/// <summary>One way of cutting and preparing the strips before OCR.</summary>
/// <param name="GlyphHeight">Scale of the strip: character height in pixels.</param>
/// <param name="HalfHeight">Half the strip's height, in character heights (less takes fewer pixels of the neighbouring line).</param>
internal sealed record StripVariant(string Name, double GlyphHeight, double HalfHeight, StripFilter Filter)
{
    /// <summary>The first look, then the second looks tried only while the zone does not validate.</summary>
    public static IReadOnlyList<StripVariant> Ladder { get; } =
    [
        new("gray", LineStrip.GlyphHeight, 0.95, StripFilter.None),
        new("binarized", LineStrip.GlyphHeight, 0.95, StripFilter.Binarize),
        new("stretched-small", 28, 0.8, StripFilter.Stretch),
        new("gray-large", 42, 1.05, StripFilter.None),
    ];
}

internal enum StripFilter
{
    None,
    Binarize,
    Stretch,
}

/// <summary>The lines of one band as the MRZ reader takes them, with what the column alignment changed.</summary>
internal sealed record BandReading(MrzReading Reading, IReadOnlyList<MrzCorrection> AlignmentChanges, float MeanConfidence, bool TimedOut);

/// <summary>Cuts, OCRs and column-aligns every line of a band.</summary>
internal static class BandReader
{
    public static BandReading Read(OcrEngineLease lease, GrayImage source, MrzBand band, StripVariant variant,
        TimeSpan deadlinePerLine, CancellationToken cancellationToken)
    {
        var strips = new List<LineStrip>(band.Lines.Count);
        var recognitions = new List<LineRecognition>(band.Lines.Count);
        foreach (var line in band.Lines)
        {
            var halfHeight = Math.Min(variant.HalfHeight * line.CharHeight, band.LineSpacing - (0.6 * line.CharHeight));
            var strip = LineStrip.Cut(source, line, Math.Max(0.6 * line.CharHeight, halfHeight), 0.8 * line.CharHeight, variant.GlyphHeight)
                .WithMeasuredExtent();
            var image = variant.Filter switch
            {
                StripFilter.Binarize => StripEnhancer.Binarize(strip.Image, (int)(2 * variant.GlyphHeight)),
                StripFilter.Stretch => StripEnhancer.Stretch(strip.Image),
                _ => strip.Image,
            };
            strips.Add(strip);
            recognitions.Add(MrzLineRecognizer.Recognize(lease, image, deadlinePerLine, cancellationToken));
        }

        var length = ChooseLength(band, strips, recognitions);
        var lines = new List<MrzLineReading>(strips.Count);
        var changes = new List<MrzCorrection>();
        for (var i = 0; i < strips.Count; i++)
        {
            if (length is { } n && ColumnAligner.Align(recognitions[i].Symbols, strips[i], n, i) is { } aligned)
            {
                // A line read with little confidence is upside down or not an MRZ: reading its cells one by one would not save it.
                lines.Add(recognitions[i].MeanConfidence >= RereadConfidence
                    ? Reread(lease, strips[i], aligned, i, changes, deadlinePerLine, cancellationToken)
                    : aligned.Line);
                changes.AddRange(aligned.Changes);
            }
            else
            {
                lines.Add(ColumnAligner.Unaligned(recognitions[i].Symbols));
            }
        }
        var confidence = recognitions.Count == 0 ? 0 : recognitions.Average(r => r.MeanConfidence);
        return new BandReading(new MrzReading(lines), changes, confidence, recognitions.Any(r => r.TimedOut));
    }

    /// <summary>At most this many swallowed glyphs are read one by one per line; more means the line itself is unreadable.</summary>
    private const int MaxRereadCells = 6;

    /// <summary>Mean symbol confidence below which a line is not worth re-reading cell by cell.</summary>
    private const float RereadConfidence = 0.8f;

    /// <summary>A glyph read on its own replaces the line's reading only when the recogniser is this sure of it.</summary>
    private const float RereadAcceptance = 0.6f;

    /// <summary>Reads the columns the line recogniser swallowed on their own, and puts what they say in the line.</summary>
    private static MrzLineReading Reread(OcrEngineLease lease, LineStrip strip, ColumnAligner.Result aligned, int lineIndex,
        List<MrzCorrection> changes, TimeSpan deadline, CancellationToken cancellationToken)
    {
        if (aligned.Unread.Count == 0 || aligned.Unread.Count > MaxRereadCells)
        {
            return aligned.Line;
        }
        var characters = aligned.Line.Characters.ToArray();
        foreach (var column in aligned.Unread)
        {
            var before = characters[column];
            if (CellReader.Read(lease, strip, aligned.Grid, column, deadline, cancellationToken) is { } cell && cell.Best != before.Best
                && cell.Confidence >= RereadAcceptance)
            {
                // What the line recogniser had stays a runner-up for the check digits.
                var runnersUp = cell.Alternatives.Where(a => a.Char != before.Best).Append(new MrzCharAlternative(before.Best, before.Confidence));
                characters[column] = cell with { Alternatives = runnersUp.ToArray() };
                changes.Add(new MrzCorrection(lineIndex, column, before.Best, cell.Best, MrzCorrectionReason.LineLength));
            }
        }
        return new MrzLineReading(characters);
    }

    /// <summary>
    /// The MRZ line length the band has: 30 for three lines; for two, 44 or 36, whichever grid the lines'
    /// symbols sit on better. Null when neither fits (the reader then gets the raw symbols and restores the
    /// length itself).
    /// </summary>
    private static int? ChooseLength(MrzBand band, List<LineStrip> strips, List<LineRecognition> recognitions)
    {
        int[] lengths = band.Lines.Count == 3 ? [30] : [44, 36];
        var scored = lengths.Select(n => (Length: n, Score: strips.Zip(recognitions, (s, r) => ColumnAligner.Fit(r.Symbols, s, n) ?? 0).Sum()))
            .MaxBy(p => p.Score);
        return scored.Score > 0.3 * strips.Count ? scored.Length : null;
    }
}
