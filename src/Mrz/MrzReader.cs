namespace Mrz;

/// <summary>
/// Reads a machine-readable zone from OCR output: finds the zone's lines, identifies the format, restores
/// line lengths, recovers filler, enforces character classes, lets the check digits choose among
/// alternatives, and decodes the fields. Every change is reported in <see cref="MrzResult.Corrections"/>.
/// </summary>
public static class MrzReader
{
    /// <summary>Reads the zone from OCR text (one line per MRZ line; other lines are ignored).</summary>
    /// <param name="referenceDate">Today, or the date the document is judged at: it decides the century of the birth date.</param>
    /// <returns>Null when no line set has the shape of an MRZ.</returns>
    public static MrzResult? Read(string text, DateOnly referenceDate) =>
        Read([MrzReading.FromText(text)], referenceDate);

    public static MrzResult? Read(MrzReading reading, DateOnly referenceDate) => Read([reading], referenceDate);

    /// <summary>
    /// Reads the zone from several OCR passes over the same document and returns the best outcome:
    /// each pass alone, and passes of the same format merged position by position.
    /// </summary>
    public static MrzResult? Read(IEnumerable<MrzReading> readings, DateOnly referenceDate)
    {
        var outcomes = new List<Outcome>();
        var alignedByFormat = new Dictionary<MrzFormat, List<WorkingMrz>>();
        foreach (var reading in readings)
        {
            var lines = reading.Lines.Select(LineNormaliser.Normalise).ToList();
            if (LineLocator.Locate(lines) is not { } zone) continue;
            Outcome? bestForReading = null;
            foreach (var layout in zone.Layouts)
            {
                var variants = LineLengthAligner.Align(zone.Lines, layout);
                var outcome = SolveVariants(variants, () => LineLengthAligner.PadOrCut(zone.Lines, layout), referenceDate);
                if (bestForReading is null || outcome.BetterLayoutThan(bestForReading)) bestForReading = outcome;
            }
            if (bestForReading is null) continue;
            outcomes.Add(bestForReading);
            // Readings are merged in the format each was read as, so a passport never merges as a visa.
            var format = bestForReading.Aligned.Layout.Format;
            if (!alignedByFormat.TryGetValue(format, out var aligned)) alignedByFormat[format] = aligned = [];
            aligned.Add(bestForReading.Aligned);
        }

        foreach (var (_, aligned) in alignedByFormat.Where(p => p.Value.Count > 1))
        {
            var merged = ReadingMerger.Merge(aligned);
            outcomes.Add(Solve(merged, referenceDate));
        }
        return outcomes.Count == 0 ? null : outcomes.Aggregate((a, b) => b.BetterReadingThan(a) ? b : a).Result;
    }

    /// <summary>
    /// Solves each alignment variant. When the check digits accept more than one distinct zone at about the
    /// same repair cost, the place of the missing or extra symbol cannot be known: the zone is padded or cut
    /// at the end instead, and its checks fail rather than guess.
    /// </summary>
    private static Outcome SolveVariants(IReadOnlyList<WorkingMrz> variants, Func<WorkingMrz> fallback, DateOnly referenceDate)
    {
        var outcomes = variants.Select(v => Solve(v, referenceDate)).ToList();
        var valid = outcomes.Where(o => o.Result.Valid)
            .GroupBy(o => string.Join('\n', o.Result.Lines))
            .Select(g => g.MinBy(o => o.RepairCost)!)
            .OrderBy(o => o.RepairCost)
            .ToList();
        if (valid.Count > 1 && valid[1].RepairCost - valid[0].RepairCost < CheckDigitSolver.AmbiguityMargin)
            return Solve(fallback(), referenceDate);
        return valid.Count > 0 ? valid[0] : outcomes.Aggregate((a, b) => b.BetterReadingThan(a) ? b : a);
    }

    private static Outcome Solve(WorkingMrz aligned, DateOnly referenceDate)
    {
        var mrz = aligned.Clone();
        FillerRecovery.Apply(mrz);
        CharacterClassEnforcer.Apply(mrz);
        CheckDigitSolver.Solve(mrz);
        return new Outcome(aligned, MrzFieldExtractor.Extract(mrz, referenceDate), mrz.MeanConfidence(), mrz.RepairCost);
    }

    private sealed record Outcome(WorkingMrz Aligned, MrzResult Result, float MeanConfidence, float RepairCost)
    {
        private int FitsDocumentCode => Aligned.Layout.MatchesDocumentCode(Result.Lines[0]);

        /// <summary>Symbols of the text as read that the layout's positions do not admit.</summary>
        private int Misfits { get; } = CountMisfits(Aligned);

        private static int CountMisfits(WorkingMrz mrz)
        {
            var misfits = 0;
            for (var line = 0; line < mrz.Layout.LineCount; line++)
            for (var column = 0; column < mrz.Layout.LineLength; column++)
                if (!mrz[line, column].Wildcard && !mrz.Layout.ClassAt(line, column).Allows(mrz.CharAt(line, column)))
                    misfits++;
            return misfits;
        }
        private int ValidChecks => Result.CheckDigits.Count(c => c.Valid);
        private double ValidShare => ValidChecks / (double)Math.Max(1, Result.CheckDigits.Count);

        /// <summary>
        /// Between formats of one reading the document code decides first: a 'P' zone with a failing check
        /// is a passport, not a visa whose fewer check digits happen to agree. Then the format whose positions
        /// admit more of the text as read: a wrong layout can be forced valid, but only by rewriting letters
        /// into digits and back.
        /// </summary>
        public bool BetterLayoutThan(Outcome other) =>
            (FitsDocumentCode, -Misfits, Result.Valid, -Result.Corrections.Count, ValidChecks, MeanConfidence).CompareTo(
                (other.FitsDocumentCode, -other.Misfits, other.Result.Valid, -other.Result.Corrections.Count, other.ValidChecks, other.MeanConfidence)) > 0;

        /// <summary>Between readings: agreeing check digits first, then fewer corrections, then OCR confidence.</summary>
        public bool BetterReadingThan(Outcome other) =>
            (Result.Valid, FitsDocumentCode, ValidShare, -Result.Corrections.Count, MeanConfidence).CompareTo(
                (other.Result.Valid, other.FitsDocumentCode, other.ValidShare, -other.Result.Corrections.Count, other.MeanConfidence)) > 0;
    }
}
