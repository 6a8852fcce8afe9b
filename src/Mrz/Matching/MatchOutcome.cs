namespace Mrz;

/// <summary>How declared data compares with the MRZ: the decision policy maps these to accept, review, reject.</summary>
public enum MatchOutcome
{
    Exact,
    /// <summary>Close enough to be a typing or transliteration slip: an agent should look at both values.</summary>
    NearMiss,
    Mismatch,
}

/// <summary>One declared name against the MRZ: both in MRZ form, their similarity in [0, 1], and why.</summary>
public sealed record NameComparison(MatchOutcome Outcome, string Declared, string Mrz, double Similarity, string Reason);

/// <summary>Surname and given names together; the outcome is the worse of the two.</summary>
public sealed record NameMatchResult(MatchOutcome Outcome, NameComparison Surname, NameComparison GivenNames);

/// <summary>A declared birth date against the MRZ's.</summary>
public sealed record DateComparison(MatchOutcome Outcome, DateOnly Declared, DateOnly? Mrz, string Reason);
