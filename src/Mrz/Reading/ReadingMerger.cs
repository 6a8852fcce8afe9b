namespace Mrz;

/// <summary>
/// Combines several readings of the same zone (from different image preprocessing) position by position:
/// the character with the most confidence summed over readings becomes the best guess, the others its
/// alternatives. A symbol one variant lost to noise is then usually supplied by another.
/// </summary>
internal static class ReadingMerger
{
    public static WorkingMrz Merge(IReadOnlyList<WorkingMrz> readings)
    {
        var layout = readings[0].Layout;
        var lines = new List<List<Cell>>();
        for (var line = 0; line < layout.LineCount; line++)
        {
            var cells = new List<Cell>(layout.LineLength);
            for (var column = 0; column < layout.LineLength; column++)
                cells.Add(MergeCell(readings.Select(r => r[line, column]).ToArray()));
            lines.Add(cells);
        }
        return new WorkingMrz(layout, lines);
    }

    private static Cell MergeCell(Cell[] cells)
    {
        var observed = cells.Where(c => !c.Inserted).ToArray();
        if (observed.Length == 0) return Cell.Insert(wildcard: cells.All(c => c.Wildcard));

        // Plain-text readings carry no confidence spread; count each as a full vote.
        var votes = new Dictionary<char, float>();
        foreach (var cell in observed)
        {
            var symbol = LineNormaliser.ToMrzSymbol(cell.Observed) ?? cell.Value;
            votes[symbol] = votes.GetValueOrDefault(symbol) + Math.Max(cell.Confidence, 0.01f);
            foreach (var alternative in cell.Alternatives)
                votes[alternative.Char] = votes.GetValueOrDefault(alternative.Char) + alternative.Confidence * 0.5f;
        }
        var total = votes.Values.Sum();
        var ranked = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).ToArray();
        var best = ranked[0].Key;
        var alternatives = ranked.Skip(1).Select(v => new MrzCharAlternative(v.Key, v.Value / total)).ToArray();
        return Cell.Read(best, best, ranked[0].Value / total, alternatives, MrzCorrectionReason.CharacterClass);
    }
}
