namespace Mrz;

/// <summary>
/// The characters a cell could really be, with a cost per choice for the check-digit search:
/// the OCR's own runners-up cost least (less when their confidence is close to the best guess),
/// filler where the structure hints at it costs little,
/// undoing an earlier heuristic costs what the heuristic's certainty says, look-alikes cost most.
/// Neighbours deliberately do not adjust costs: guessing a digit between digits, or filler next to filler,
/// beat the true repair whenever the OCR's error was a weaker look-alike elsewhere (document numbers mix
/// letters and digits freely; names start with C and S after a separator).
/// </summary>
internal static class CandidateGenerator
{
    public const float WildcardCost = 1.0f;
    public const float HintedFillerCost = 0.4f;
    private const float AlternativeBaseCost = 0.1f;

    public static IReadOnlyList<(char Char, float Cost)> For(WorkingMrz mrz, int line, int column, CharClass cls)
    {
        var cell = mrz[line, column];
        var costs = new Dictionary<char, float>();
        void Add(char c, float cost)
        {
            if (!cls.Allows(c))
            {
                char? mapped = cls.IsDigitLike() ? LookAlikes.LetterToDigit(c)
                    : cls == CharClass.Letter ? LookAlikes.DigitToLetter(c)
                    : cls == CharClass.Sex ? LookAlikes.ToSex(c) : null;
                if (mapped is not { } m) return;
                c = m;
            }
            if (c == cell.Value) return;
            if (!costs.TryGetValue(c, out var existing) || cost < existing) costs[c] = cost;
        }

        if (cell.Wildcard)
            foreach (var c in cls.Alphabet()) Add(c, WildcardCost);
        if (!cell.Inserted && LineNormaliser.ToMrzSymbol(cell.Observed) is { } observed && observed != cell.Value)
            Add(observed, cell.RevertCost);
        foreach (var alternative in cell.Alternatives)
            Add(alternative.Char, AlternativeCost(cell.Confidence, alternative.Confidence));
        if (cell.FillerHint)
            Add(LookAlikes.Filler, HintedFillerCost);
        foreach (var (partner, cost) in LookAlikes.PartnersOf(cell.Value))
            Add(partner, cost);
        if (!cell.Inserted && cell.Observed != cell.Value)
            foreach (var (partner, cost) in LookAlikes.PartnersOf(cell.Observed))
                Add(partner, cost);

        return costs.Select(p => (p.Key, p.Value)).OrderBy(p => p.Value).ToArray();
    }

    /// <summary>
    /// The log of the confidence ratio: a runner-up nearly as confident as the best guess is nearly free,
    /// one a tenth as confident costs more than a look-alike.
    /// </summary>
    internal static float AlternativeCost(float best, float alternative) =>
        AlternativeBaseCost + (float)Math.Log(Math.Max(best, 1e-3f) / Math.Clamp(alternative, 1e-3f, Math.Max(best, 1e-3f)));
}
