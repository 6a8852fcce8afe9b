namespace Mrz;

/// <summary>
/// Chooses, among OCR alternatives and look-alikes, the corrections that make the check digits agree.
/// Each field's own check digit proposes its few cheapest repairs; where the format has a composite check
/// digit, one repair per field and any changes to the positions only the composite covers are chosen
/// together so that the composite agrees too (dynamic programming over the composite's residue mod 10).
/// An answer is only applied when it beats the runner-up clearly: two equally plausible repairs mean the
/// check digits cannot tell, and the zone is left failing rather than silently wrong.
/// </summary>
internal static class CheckDigitSolver
{
    /// <summary>
    /// How much cheaper the best repair must be than its runner-up to be applied. More than the gap between
    /// a strong and a weak look-alike (1.0 vs 1.4): which of two positions the
    /// OCR got wrong is not knowable from look-alike tables alone. OCR alternatives (cost 0.2 plus the
    /// confidence gap) and undoing a heuristic (0.8) are clear winners over look-alikes.
    /// </summary>
    public const float AmbiguityMargin = 0.5f;
    private const int MaxTotalSubstitutions = 4;

    private sealed record Group(IReadOnlyList<RepairOption> Options, int[] Deltas);

    private sealed record Path(float Cost, int[] Choices);

    public static void Solve(WorkingMrz mrz)
    {
        // A zone whose check digits all agree is taken as read: nothing to choose, nothing to search.
        if (CheckEvaluator.AllValid(mrz)) return;
        var checks = DocumentNumberOverflow.EffectiveChecks(mrz);
        var fieldChecks = checks.Where(c => c.Kind != MrzCheckKind.Composite).ToArray();
        var composite = checks.FirstOrDefault(c => c.Kind == MrzCheckKind.Composite);
        var fieldOptions = fieldChecks.Select(c => FieldRepairSearch.Search(mrz, c)).ToArray();
        if (composite is not null && SolveWithComposite(mrz, composite, fieldChecks, fieldOptions)) return;
        foreach (var options in fieldOptions) ApplyIfClear(mrz, options);
    }

    private static void ApplyIfClear(WorkingMrz mrz, IReadOnlyList<RepairOption> options)
    {
        if (options.Count == 0 || options[0].Changes.Count == 0) return;
        if (options.Count > 1 && options[1].Cost - options[0].Cost < AmbiguityMargin) return;
        Apply(mrz, options[0]);
    }

    /// <returns>False when no combination within reach satisfies the composite.</returns>
    private static bool SolveWithComposite(WorkingMrz mrz, MrzCheckSpec composite, MrzCheckSpec[] fieldChecks,
        IReadOnlyList<RepairOption>[] fieldOptions)
    {
        var positions = FieldRepairSearch.PositionsOf(composite);
        var weights = positions.ToDictionary(p => (p.Line, p.Column), p => p.Weight);
        int DeltaOf(RepairOption option) => FieldRepairSearch.Mod10(option.Changes.Sum(change =>
            weights.TryGetValue((change.Line, change.Column), out var w)
                ? w * (MrzCheckDigit.ValueOf(change.Char) - MrzCheckDigit.ValueOf(mrz.CharAt(change.Line, change.Column)))
                : 0));

        var groups = new List<Group>();
        foreach (var options in fieldOptions)
        {
            // A field no repair can make agree stays as read; the composite may still fix the others.
            IReadOnlyList<RepairOption> usable = options.Count > 0 ? options : [RepairOption.KeepAsRead];
            groups.Add(new Group(usable, usable.Select(DeltaOf).ToArray()));
        }
        var covered = fieldChecks.SelectMany(FieldRepairSearch.PositionsOf).Select(p => (p.Line, p.Column)).ToHashSet();
        foreach (var position in positions.Where(p => !covered.Contains((p.Line, p.Column))))
        {
            var keep = !FieldRepairSearch.MustChange(mrz, position);
            var options = new List<RepairOption>();
            if (keep) options.Add(RepairOption.KeepAsRead);
            foreach (var candidate in FieldRepairSearch.CandidatesAt(mrz, position))
                options.Add(new([new CellChange(position.Line, position.Column, candidate.Char)], candidate.Cost));
            if (options.Count > 0) groups.Add(new Group(options, options.Select(DeltaOf).ToArray()));
        }

        var paths = BestPaths(groups, FieldRepairSearch.Residue(mrz, positions));
        if (paths.Count == 0) return false;
        var best = paths[0];
        if (best.Cost == 0) return true;
        var rival = paths.Count > 1 && paths[1].Cost - best.Cost < AmbiguityMargin ? paths[1] : null;
        for (var g = 0; g < groups.Count; g++)
            if (rival is null || rival.Choices[g] == best.Choices[g])
                Apply(mrz, groups[g].Options[best.Choices[g]]);
        return true;
    }

    /// <summary>The two cheapest ways to pick one option per group so that the composite residue ends at zero.</summary>
    private static List<Path> BestPaths(List<Group> groups, int startResidue)
    {
        // states[residue, substitutions] holds the two cheapest partial paths reaching it.
        var states = new List<Path>?[10, MaxTotalSubstitutions + 1];
        states[startResidue, 0] = [new Path(0f, [])];
        foreach (var group in groups)
        {
            var next = new List<Path>?[10, MaxTotalSubstitutions + 1];
            for (var residue = 0; residue < 10; residue++)
            for (var subs = 0; subs <= MaxTotalSubstitutions; subs++)
            {
                if (states[residue, subs] is not { } current) continue;
                foreach (var path in current)
                {
                    for (var o = 0; o < group.Options.Count; o++)
                    {
                        var option = group.Options[o];
                        var total = subs + option.Changes.Count;
                        if (total > MaxTotalSubstitutions) continue;
                        var target = (residue + group.Deltas[o]) % 10;
                        KeepTwoCheapest(ref next[target, total], new Path(path.Cost + option.Cost, [.. path.Choices, o]));
                    }
                }
            }
            states = next;
        }
        var complete = new List<Path>();
        for (var subs = 0; subs <= MaxTotalSubstitutions; subs++)
            if (states[0, subs] is { } found) complete.AddRange(found);
        return complete.OrderBy(p => p.Cost).Take(2).ToList();
    }

    private static void KeepTwoCheapest(ref List<Path>? slot, Path path)
    {
        slot ??= [];
        slot.Add(path);
        slot.Sort((a, b) => a.Cost.CompareTo(b.Cost));
        if (slot.Count > 2) slot.RemoveAt(2);
    }

    private static void Apply(WorkingMrz mrz, RepairOption option)
    {
        mrz.RepairCost += option.Cost;
        foreach (var change in option.Changes)
            mrz[change.Line, change.Column].Change(change.Char, MrzCorrectionReason.CheckDigit);
    }
}
