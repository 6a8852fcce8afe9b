namespace Mrz;

/// <summary>The lines taken for the zone and the formats their shape allows.</summary>
internal sealed record LocatedZone(IReadOnlyList<List<Cell>> Lines, IReadOnlyList<MrzLayout> Layouts);

/// <summary>
/// Picks the MRZ lines out of everything the OCR returned: the consecutive lines whose lengths best fit
/// one of the three shapes (3×30, 2×36, 2×44) and that carry filler, which visual-zone text does not.
/// </summary>
internal static class LineLocator
{
    /// <summary>
    /// How far a line's length may be off before it is taken for something else. OCR loses the end of a
    /// line to a tight crop more easily than it invents symbols, so short lines are tolerated further.
    /// </summary>
    private const int ShortTolerance = 7;
    private const int LongTolerance = 4;

    public static LocatedZone? Locate(IReadOnlyList<List<Cell>> lines)
    {
        var visibleLengths = lines.Select(VisibleLength).ToArray();
        (double Score, int Start, int LineCount, int LineLength)? best = null;
        foreach (var (lineCount, lineLength) in MrzLayouts.Shapes)
        {
            for (var start = 0; start + lineCount <= lines.Count; start++)
            {
                var deviation = 0;
                var fits = true;
                var fillers = 0;
                for (var i = start; i < start + lineCount; i++)
                {
                    var off = Math.Abs(visibleLengths[i] - lineLength);
                    fits &= visibleLengths[i] < lineLength ? off <= ShortTolerance : off <= LongTolerance;
                    deviation += off;
                    fillers += lines[i].Count(c => !c.Removed && LookAlikes.IsFillerLike(c.Value));
                }
                if (!fits) continue;
                // Lower is better: mean length misfit; a penalty for a window without any filler-like symbol;
                // a bonus for three fitting lines, which two-line shapes cannot explain as well; and a small
                // preference for later lines because the zone sits at the bottom of the page.
                var score = (double)deviation / lineCount + (fillers == 0 ? 10 : 0) - (lineCount == 3 ? 1 : 0) - start * 0.01;
                if (best is null || score < best.Value.Score) best = (score, start, lineCount, lineLength);
            }
        }
        if (best is not { } chosen) return null;
        var selected = lines.Skip(chosen.Start).Take(chosen.LineCount).ToList();
        return new LocatedZone(selected, MrzLayouts.ForShape(chosen.LineCount, chosen.LineLength));
    }

    public static int VisibleLength(List<Cell> line) => line.Count(c => !c.Removed);
}
