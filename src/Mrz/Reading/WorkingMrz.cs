namespace Mrz;

/// <summary>The zone being corrected: its layout and, per line, the cells in their final positions.</summary>
internal sealed class WorkingMrz
{
    private readonly List<Cell>[] allCells;

    public WorkingMrz(MrzLayout layout, IReadOnlyList<List<Cell>> lines)
    {
        if (lines.Count != layout.LineCount) throw new ArgumentException("Line count does not match the layout.", nameof(lines));
        Layout = layout;
        allCells = lines.Select(l => l.Select(c => c.Clone()).ToList()).ToArray();
        Grid = allCells.Select(l => l.Where(c => !c.Removed).ToArray()).ToArray();
        for (var line = 0; line < Grid.Length; line++)
            if (Grid[line].Length != layout.LineLength)
                throw new ArgumentException($"Line {line + 1} has {Grid[line].Length} symbols, not {layout.LineLength}.", nameof(lines));
    }

    public MrzLayout Layout { get; }

    /// <summary>What the check-digit repairs applied so far cost: compares alternative alignments of one reading.</summary>
    public float RepairCost { get; set; }

    /// <summary>Visible cells, line by line, each line exactly the layout's length.</summary>
    public Cell[][] Grid { get; }

    public Cell this[int line, int column] => Grid[line][column];

    public char CharAt(int line, int column) => Grid[line][column].Value;

    public string LineText(int line) => new(Grid[line].Select(c => c.Value).ToArray());

    public string Text(MrzSpan span) => new(Grid[span.Line].Skip(span.Start).Take(span.Length).Select(c => c.Value).ToArray());

    public IReadOnlyList<string> Lines => Enumerable.Range(0, Grid.Length).Select(LineText).ToArray();

    public WorkingMrz Clone() => new(Layout, allCells) { RepairCost = RepairCost };

    /// <summary>Every difference between the OCR text and the corrected lines, in reading order.</summary>
    public IReadOnlyList<MrzCorrection> Corrections()
    {
        var corrections = new List<MrzCorrection>();
        for (var line = 0; line < allCells.Length; line++)
        {
            var column = 0;
            foreach (var cell in allCells[line])
            {
                if (cell.Removed)
                {
                    if (!cell.Inserted) corrections.Add(new(line, column, cell.Observed, null, cell.Reason));
                    continue;
                }
                if (cell.Inserted)
                    corrections.Add(new(line, column, null, cell.Value, MrzCorrectionReason.LineLength));
                else if (cell.Value != cell.Observed)
                    corrections.Add(new(line, column, cell.Observed, cell.Value, cell.Reason));
                column++;
            }
        }
        return corrections;
    }

    /// <summary>Mean OCR confidence of the visible, observed cells: a tie-breaker between readings.</summary>
    public float MeanConfidence()
    {
        var observed = Grid.SelectMany(l => l).Where(c => !c.Inserted).ToArray();
        return observed.Length == 0 ? 0f : observed.Average(c => c.Confidence);
    }
}
