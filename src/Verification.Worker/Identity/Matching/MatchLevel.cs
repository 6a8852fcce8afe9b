namespace Verification.Worker.Identity.Matching;

/// <summary>How a declared value compares with the document.</summary>
public enum MatchLevel
{
    /// <summary>The same, once written the way an MRZ writes it.</summary>
    Match,

    /// <summary>Close enough that a typo, a missing middle name or an OCR slip may explain it: an agent looks.</summary>
    NearMiss,

    /// <summary>A different value: the document is not the declared person's, or the dossier is wrong.</summary>
    Mismatch,
}

/// <summary>The outcome of one comparison, with the values as compared and why.</summary>
public sealed record Comparison(MatchLevel Level, string Declared, string Read, string Why);
