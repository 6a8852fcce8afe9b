namespace Review.Queue;

public enum ItemOutcome
{
    Done,
    NotFound,
    /// <summary>Already resolved: nothing more can happen to it.</summary>
    AlreadyResolved,
    /// <summary>Another agent holds a lease that has not run out.</summary>
    HeldByAnother,
    /// <summary>The caller does not hold it (never claimed, released, or taken over after the lease ran out).</summary>
    NotClaimedByCaller,
    /// <summary>The document left manual review by another path; the item can no longer decide it.</summary>
    DocumentNoLongerUnderReview,
    /// <summary>No item is available for these filters.</summary>
    NothingAvailable,
}

/// <summary>The result of a queue operation, with the item as it now stands (when it exists).</summary>
public sealed record ItemResult(ItemOutcome Outcome, ReviewItem? Item)
{
    public bool Succeeded => Outcome == ItemOutcome.Done;
}
