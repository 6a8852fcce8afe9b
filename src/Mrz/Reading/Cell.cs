namespace Mrz;

/// <summary>
/// One symbol of a line being corrected: what the OCR saw, what it has become, and why.
/// Removed cells stay in their line so the correction report can say where they were.
/// </summary>
internal sealed class Cell
{
    /// <summary>Stands for "nothing was read here" in cells inserted to restore a line's length.</summary>
    public const char NotObserved = '\0';

    public const float DefaultRevertCost = 0.8f;

    private bool resolved;

    private Cell(char observed, char value, float confidence, IReadOnlyList<MrzCharAlternative> alternatives)
    {
        Observed = observed;
        Value = value;
        Confidence = confidence;
        Alternatives = alternatives;
    }

    /// <summary>The OCR's best guess, upper-cased; <see cref="NotObserved"/> for an inserted cell.</summary>
    public char Observed { get; }

    public char Value { get; private set; }
    public float Confidence { get; }

    /// <summary>OCR runners-up, already upper-cased and restricted to MRZ symbols.</summary>
    public IReadOnlyList<MrzCharAlternative> Alternatives { get; }

    public MrzCorrectionReason Reason { get; private set; }
    public bool Removed { get; private set; }
    public bool Inserted => Observed == NotObserved;

    /// <summary>
    /// An inserted cell whose character is unknown: the check-digit search must give it a character the
    /// position admits. Cells inserted into a run of filler are plain filler instead.
    /// </summary>
    public bool Wildcard { get; private init; }

    /// <summary>An inserted unknown symbol no check digit has decided: the zone cannot be valid with it.</summary>
    public bool Unresolved => Wildcard && !resolved;

    /// <summary>
    /// What the check-digit search pays to undo an earlier heuristic change: the surer the heuristic,
    /// the dearer, so a failing check digit is not blamed on a structural certainty.
    /// </summary>
    public float RevertCost { get; private set; } = DefaultRevertCost;

    /// <summary>
    /// Set where the zone's structure suggests filler but not firmly enough to change the letter (a K, X, S
    /// or C ending a names field): the check-digit search then tries filler first.
    /// </summary>
    public bool FillerHint { get; set; }

    public static Cell Read(char observed, char value, float confidence, IReadOnlyList<MrzCharAlternative> alternatives,
        MrzCorrectionReason reason) =>
        new(observed, value, confidence, alternatives) { Reason = reason };

    public static Cell Insert(bool wildcard) =>
        new(NotObserved, '<', 0f, []) { Reason = MrzCorrectionReason.LineLength, Wildcard = wildcard };

    public static Cell Stray(char observed) =>
        new(observed, observed, 0f, []) { Removed = true, Reason = MrzCorrectionReason.StrayCharacter };

    public void Change(char value, MrzCorrectionReason reason, float revertCost = DefaultRevertCost)
    {
        resolved = true;
        if (value == Value) return;
        Value = value;
        Reason = Inserted ? MrzCorrectionReason.LineLength : reason;
        RevertCost = revertCost;
    }

    public void Remove(MrzCorrectionReason reason)
    {
        Removed = true;
        Reason = reason;
    }

    public Cell Clone() => new(Observed, Value, Confidence, Alternatives)
    {
        Reason = Reason, Removed = Removed, Wildcard = Wildcard, RevertCost = RevertCost, FillerHint = FillerHint, resolved = resolved,
    };
}
