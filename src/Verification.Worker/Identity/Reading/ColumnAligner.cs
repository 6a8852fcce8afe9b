using Mrz;
using Ocr;

namespace Verification.Worker.Identity.Reading;

/// <summary>
/// Puts each recognised symbol back in its MRZ column. OCR-B is printed at a fixed pitch, and Tesseract's
/// symbol boxes sit on the glyphs even when its text does not: a run of ten fillers read as thirteen K's
/// still has its boxes on ten glyphs, two to a glyph here and there, and a glyph it skipped leaves an
/// empty column. So a grid is fitted to the box centres and the ink extent the localiser measured
/// (<see cref="PitchGrid"/>), and each column keeps one symbol: the strongest candidates of the
/// symbols that fell in it. That drops the extra K's and restores skipped filler before parsing.
/// </summary>
internal static class ColumnAligner
{
    /// <summary>Correlation with the line's own chevron above which a cell is filler (letters score below 0.6).</summary>
    internal const double FillerShapeSimilarity = 0.8;

    /// <summary>
    /// The aligned line, and what the alignment changed: a symbol merged into a column it shared with another
    /// (From set, To null), a column no symbol covered, filled in (From null), a cell taken for filler by its look.
    /// </summary>
    /// <param name="Unread">Columns no symbol of their own covers (or only a wide, unsure one) and that do not clearly look like
    /// filler: a glyph the line recogniser swallowed, to be read on its own (<see cref="CellReader"/>).</param>
    /// <param name="FillerSimilarity">Each column's likeness to the line's chevron; null when the line taught none.</param>
    public sealed record Result(MrzLineReading Line, IReadOnlyList<MrzCorrection> Changes, PitchGrid Grid, IReadOnlyList<int> Unread,
        double[]? FillerSimilarity);

    /// <summary>How well the symbols fit a line of <paramref name="length"/> columns (<see cref="PitchGrid.Score"/>); null when too few symbols.</summary>
    public static double? Fit(IReadOnlyList<OcrSymbol> symbols, LineStrip strip, int length) =>
        PitchGrid.Fit(symbols, strip, length)?.Score;

    /// <summary>The symbols of one line as exactly <paramref name="length"/> columns, or null when they do not fit a fixed pitch.</summary>
    public static Result? Align(IReadOnlyList<OcrSymbol> symbols, LineStrip strip, int length, int lineIndex)
    {
        if (PitchGrid.Fit(symbols, strip, length) is not { } grid)
        {
            return null;
        }
        var assignment = ColumnAssignment.Assign(symbols, grid);
        var columns = assignment.Columns;
        // Beyond the line's ends: a mark next to the zone, not one of its characters.
        var changes = assignment.Strays
            .Select(s => new MrzCorrection(lineIndex, s.Column, s.Symbol.Text[0], null, MrzCorrectionReason.StrayCharacter)).ToList();
        if (changes.Count > Math.Max(2, symbols.Count / 8))
        {
            return null;
        }
        var characters = new MrzCharCandidates[length];
        var doubtful = new List<int>();
        for (var i = 0; i < length; i++)
        {
            if (columns[i].Count > 0)
            {
                characters[i] = Combine(columns[i]);
                if (columns[i].All(s => s.Bounds.Width > 1.6 * grid.PitchAt(i) || s.Confidence < 50))
                {
                    doubtful.Add(i);
                }
                changes.AddRange(columns[i].Skip(1).Select(s => new MrzCorrection(lineIndex, i, s.Text[0], null, MrzCorrectionReason.LineLength)));
                continue;
            }
            // A glyph Tesseract skipped: usually one of two fillers it read as one wide symbol.
            var centre = grid.CentreOf(i);
            var covering = symbols.FirstOrDefault(s => s.Bounds.Left <= centre && s.Bounds.Right >= centre);
            characters[i] = covering is null ? new MrzCharCandidates('<', 0.2f, []) : Combine([covering]);
            changes.Add(new MrzCorrection(lineIndex, i, null, characters[i].Best, MrzCorrectionReason.LineLength));
            doubtful.Add(i);
        }
        var filler = RecogniseFillerByShape(strip, grid, characters, changes, lineIndex);
        // Cells that clearly show a chevron are filler already; any other doubtful cell is read on its own.
        var unread = doubtful.Where(i => filler is null || filler[i] < FillerShapeSimilarity).ToList();
        return new Result(new MrzLineReading(characters), changes, grid, unread, filler);
    }

    /// <summary>
    /// A cell that looks like this line's confidently read chevrons is filler, whatever letter the OCR put there
    /// (see <see cref="FillerTemplate"/>); the letter stays as the runner-up for the check digits.
    /// </summary>
    /// <returns>Each column's similarity to the chevron, or null when the line has too few clean ones to learn it from.</returns>
    private static double[]? RecogniseFillerByShape(LineStrip strip, PitchGrid grid, MrzCharCandidates[] characters,
        List<MrzCorrection> changes, int lineIndex)
    {
        var similarity = FillerTemplate.Similarity(strip, grid, characters.Select(c => (c.Best, c.Confidence)).ToList());
        if (similarity is null)
        {
            return null;
        }
        for (var i = 0; i < characters.Length; i++)
        {
            var c = characters[i];
            if (c.Best == '<' || similarity[i] < FillerShapeSimilarity)
            {
                continue;
            }
            var runnersUp = c.Alternatives.Where(a => a.Char != '<').Prepend(new MrzCharAlternative(c.Best, c.Confidence));
            characters[i] = new MrzCharCandidates('<', (float)similarity[i], runnersUp.ToArray());
            changes.Add(new MrzCorrection(lineIndex, i, c.Best, '<', MrzCorrectionReason.FillerRecovery));
        }
        return similarity;
    }

    /// <summary>A reading straight from the OCR symbols, for when no fixed pitch could be fitted.</summary>
    public static MrzLineReading Unaligned(IReadOnlyList<OcrSymbol> symbols) =>
        new(symbols.Where(s => s.Text.Length > 0).Select(s => Combine([s])).ToArray());

    /// <summary>The candidates of one symbol read on its own.</summary>
    public static MrzCharCandidates Candidates(IReadOnlyList<OcrSymbol> symbols) => Combine(symbols);

    /// <summary>
    /// Every candidate of every symbol in the column, each at its best score: two readings of one glyph vote
    /// together. Tesseract clips unlikely alternatives to confidence 0 but keeps them in order, so those get
    /// a score from their rank (a third of the best, a sixth ...): the check digits may still pick them, at a
    /// price between a strong and a weak look-alike.
    /// </summary>
    private static MrzCharCandidates Combine(IReadOnlyList<OcrSymbol> symbols)
    {
        var scores = new Dictionary<char, float>();
        foreach (var symbol in symbols)
        {
            var choices = symbol.Alternatives.Count > 0
                ? symbol.Alternatives.Select(a => (a.Text, a.Confidence)).ToList()
                : [(symbol.Text, symbol.Confidence)];
            var top = Math.Clamp(choices[0].Confidence / 100f, 0.01f, 1f);
            var clipped = 0;
            foreach (var (text, confidence) in choices)
            {
                if (text.Length == 0)
                {
                    continue;
                }
                var c = text[0];
                var score = confidence >= 1 ? Math.Clamp(confidence / 100f, 0f, 1f) : top / (3f * ++clipped);
                if (!scores.TryGetValue(c, out var existing) || existing < score)
                {
                    scores[c] = score;
                }
            }
        }
        var ranked = scores.OrderByDescending(p => p.Value).ToList();
        return new MrzCharCandidates(ranked[0].Key, ranked[0].Value,
            ranked.Skip(1).Select(p => new MrzCharAlternative(p.Key, p.Value)).ToArray());
    }
}
