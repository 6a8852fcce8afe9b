namespace Mrz;

/// <summary>One choice the OCR engine considered for a symbol, with its confidence in [0, 1].</summary>
public readonly record struct MrzCharAlternative(char Char, float Confidence);

/// <summary>
/// What the OCR engine saw at one symbol position: its best guess and the runners-up.
/// The alternatives may repeat the best guess; duplicates are ignored.
/// </summary>
public sealed record MrzCharCandidates(char Best, float Confidence, IReadOnlyList<MrzCharAlternative> Alternatives)
{
    public MrzCharCandidates(char best) : this(best, 1f, []) { }
}

/// <summary>One text line as recognised, symbol by symbol.</summary>
public sealed record MrzLineReading(IReadOnlyList<MrzCharCandidates> Characters)
{
    public string Text => new(Characters.Select(c => c.Best).ToArray());

    public static MrzLineReading FromText(string text) =>
        new(text.Select(c => new MrzCharCandidates(c)).ToArray());
}

/// <summary>
/// The lines one OCR pass produced around an MRZ. Lines that are not part of the zone
/// (visual-zone text, noise) may be included: the reader picks the zone out.
/// </summary>
public sealed record MrzReading(IReadOnlyList<MrzLineReading> Lines)
{
    public static MrzReading FromLines(params IEnumerable<string> lines) =>
        new(lines.Select(MrzLineReading.FromText).ToArray());

    /// <summary>Splits OCR text on line breaks; blank lines are dropped.</summary>
    public static MrzReading FromText(string text) =>
        FromLines(text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0));
}
