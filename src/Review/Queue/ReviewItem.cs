namespace Review.Queue;

/// <summary>Why an item is in the queue.</summary>
public static class ReviewKinds
{
    /// <summary>The machine was unsure; the agent's decision is the document's decision.</summary>
    public const string Manual = "manual";

    /// <summary>An automatic accept drawn for checking; the agent's verdict only measures the machine.</summary>
    public const string Sample = "sample";
}

public static class ReviewStatuses
{
    public const string Open = "open";
    public const string Claimed = "claimed";
    public const string Resolved = "resolved";
}

/// <summary>One item of the queue as agents and tools see it.</summary>
public sealed record ReviewItem(
    Guid Id,
    Guid DocumentId,
    string DossierId,
    string DocumentType,
    string Kind,
    IReadOnlyList<string> ReasonCodes,
    DateTimeOffset CreatedAt,
    string Status,
    string? ClaimedBy,
    DateTimeOffset? LeaseUntil,
    string? ResolvedBy,
    string? Resolution,
    IReadOnlyList<string> ResolutionReasonCodes,
    string? Comment,
    DateTimeOffset? ResolvedAt)
{
    /// <summary>Claimed and the lease still runs: nobody else may take it.</summary>
    public bool IsHeld(DateTimeOffset now) => Status == ReviewStatuses.Claimed && LeaseUntil > now;

    public bool IsHeldBy(string agentEmail, DateTimeOffset now) => IsHeld(now) && ClaimedBy == agentEmail;
}

/// <summary>What agents filter the queue by. Every field is optional.</summary>
public sealed record QueueFilter(
    string? DocumentType = null,
    string? ReasonCode = null,
    string? Kind = null,
    int? MinAgeMinutes = null,
    bool IncludeResolved = false,
    int Limit = 100,
    Guid? DocumentId = null);

/// <summary>The queue at a glance: what the queue page heads with and what the gauges report.</summary>
public sealed record QueueStatistics(
    int Open,
    int Claimed,
    int ExpiredLeases,
    DateTimeOffset? OldestCreatedAt,
    int ResolvedLast24Hours,
    double? MedianSecondsToResolve,
    int SamplesResolved,
    int SamplesAgreed)
{
    public int Depth => Open + Claimed;

    public double? AgreementRate => SamplesResolved == 0 ? null : (double)SamplesAgreed / SamplesResolved;

    public TimeSpan? OldestAge(DateTimeOffset now) => OldestCreatedAt is { } oldest ? now - oldest : null;
}

/// <summary>One line of an item's history.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string? Decision, string? Detail);
