namespace Mrz;

/// <summary>
/// Brings each line to the format's length. OCR most often miscounts long runs of filler, sometimes drops
/// or doubles a symbol elsewhere; so each insertion or deletion is placed where the rest of the line best
/// fits the format (character classes, check digits on that line). When several places fit equally well
/// inside checked fields, every one is returned and the check digits decide later.
/// </summary>
internal static class LineLengthAligner
{
    /// <summary>Beyond this many symbols off, the line is padded or cut at its end.</summary>
    private const int MaxEdits = 8;
    private const int MaxVariants = 12;

    private sealed record Edit(List<Cell> Line, string Key, double Score, bool NextToFiller, bool InCheckedField, int Column);

    public static IReadOnlyList<WorkingMrz> Align(IReadOnlyList<List<Cell>> lines, MrzLayout layout)
    {
        var perLine = lines.Select((line, index) => LineVariants(line, index, layout)).ToArray();
        var combinations = new List<List<Cell>[]> { new List<Cell>[lines.Count] };
        for (var line = 0; line < perLine.Length; line++)
        {
            combinations = combinations
                .SelectMany(partial => perLine[line].Select(variant =>
                {
                    var next = (List<Cell>[])partial.Clone();
                    next[line] = variant;
                    return next;
                }))
                .Take(MaxVariants)
                .ToList();
        }
        return combinations.Select(c => new WorkingMrz(layout, c)).ToArray();
    }

    /// <summary>The fallback when placement is ambiguous: pad with plain filler or cut at the end of each line.</summary>
    public static WorkingMrz PadOrCut(IReadOnlyList<List<Cell>> lines, MrzLayout layout) =>
        new(layout, lines.Select(l => PadOrCutAtEnd(l, layout.LineLength, wildcard: false)).ToArray());

    private static List<List<Cell>> LineVariants(List<Cell> original, int lineIndex, MrzLayout layout)
    {
        var length = layout.LineLength;
        var line = original.Select(c => c.Clone()).ToList();
        var difference = LineLocator.VisibleLength(line) - length;
        if (difference == 0) return [line];
        if (Math.Abs(difference) > MaxEdits) return [PadOrCutAtEnd(line, length, wildcard: false)];

        while (Math.Abs(difference) > 1)
        {
            line = Preferred(Edits(line, lineIndex, layout, difference > 0)).Line;
            difference = LineLocator.VisibleLength(line) - length;
        }

        var edits = Edits(line, lineIndex, layout, difference > 0);
        var best = edits.Max(e => e.Score);
        // Edits with the same outcome are one: keep the preferred spelling of it (the latest place in a run).
        var tied = edits.Where(e => e.Score >= best - 1e-9)
            .OrderByDescending(e => e.NextToFiller).ThenByDescending(e => e.Column)
            .DistinctBy(e => e.Key).ToList();
        var inCheckedFields = tied.Where(e => e.InCheckedField).ToList();
        if (inCheckedFields.Count == 0) return [Preferred(tied).Line];
        var outside = tied.Where(e => !e.InCheckedField).ToList();
        var variants = outside.Count > 0 ? [Preferred(outside), .. inCheckedFields] : inCheckedFields;
        return variants.Take(MaxVariants).Select(e => e.Line).ToList();
    }

    /// <summary>Next to filler first (OCR miscounts runs of it), then the latest position.</summary>
    private static Edit Preferred(IEnumerable<Edit> edits) =>
        edits.OrderByDescending(e => e.Score).ThenByDescending(e => e.NextToFiller).ThenByDescending(e => e.Column).First();

    private static List<Edit> Edits(List<Cell> line, int lineIndex, MrzLayout layout, bool delete)
    {
        var visible = line.Where(c => !c.Removed).ToList();
        var edits = new List<Edit>();
        var positions = delete ? visible.Count : visible.Count + 1;
        for (var column = 0; column < positions; column++)
        {
            var candidate = line.Select(c => c.Clone()).ToList();
            var candidateVisible = candidate.Where(c => !c.Removed).ToList();
            bool nextToFiller;
            if (delete)
            {
                nextToFiller = visible[column].Value == LookAlikes.Filler;
                candidateVisible[column].Remove(MrzCorrectionReason.LineLength);
            }
            else
            {
                nextToFiller = (column > 0 && visible[column - 1].Value == LookAlikes.Filler) ||
                               (column < visible.Count && visible[column].Value == LookAlikes.Filler);
                var at = column < visible.Count ? candidate.IndexOf(candidateVisible[column]) : candidate.Count;
                candidate.Insert(at, Cell.Insert(wildcard: !nextToFiller));
            }
            var cells = candidate.Where(c => !c.Removed).ToArray();
            var key = new string(cells.Select(c => c.Wildcard ? '?' : c.Value).ToArray());
            var inChecked = !nextToFiller && column < layout.LineLength && layout.IsCheckedPosition(lineIndex, column);
            edits.Add(new Edit(candidate, key, FitScore(cells, lineIndex, layout), nextToFiller, inChecked, column));
        }
        return edits;
    }

    /// <summary>How well a line fits the format: one point per position whose symbol its class admits, three per check digit that agrees.</summary>
    private static double FitScore(Cell[] cells, int lineIndex, MrzLayout layout)
    {
        var length = Math.Min(cells.Length, layout.LineLength);
        var chars = new char[layout.LineLength];
        double score = 0;
        for (var column = 0; column < layout.LineLength; column++)
        {
            if (column >= length) { chars[column] = LookAlikes.Filler; continue; }
            var cell = cells[column];
            var cls = layout.ClassAt(lineIndex, column);
            var c = cell.Value;
            if (cell.Wildcard || cls.Allows(c)) score += 1;
            else if (cls.IsDigitLike() && LookAlikes.LetterToDigit(c) is { } digit) { score += 0.5; c = digit; }
            else if (cls == CharClass.Letter && LookAlikes.DigitToLetter(c) is not null) score += 0.5;
            chars[column] = c;
        }
        foreach (var check in layout.Checks)
        {
            if (check.Kind == MrzCheckKind.Composite || check.Line != lineIndex || check.Data.Any(s => s.Line != lineIndex)) continue;
            // A check that covers an inserted unknown symbol could agree or not: half the evidence.
            var guessed = check.Data.Any(s => Enumerable.Range(s.Start, s.Length).Any(c => c < length && cells[c].Wildcard)) ||
                          (check.Column < length && cells[check.Column].Wildcard);
            var data = string.Concat(check.Data.Select(s => new string(chars, s.Start, s.Length)));
            if (guessed) score += 1.5;
            else if (MrzCheckDigit.IsValid(data, chars[check.Column])) score += 3;
        }
        return score;
    }

    private static List<Cell> PadOrCutAtEnd(List<Cell> original, int length, bool wildcard)
    {
        var line = original.Select(c => c.Clone()).ToList();
        var visible = line.Where(c => !c.Removed).ToList();
        for (var i = length; i < visible.Count; i++) visible[i].Remove(MrzCorrectionReason.LineLength);
        for (var i = visible.Count; i < length; i++) line.Add(Cell.Insert(wildcard));
        return line;
    }
}
