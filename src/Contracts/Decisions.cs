namespace Contracts;

/// <summary>The outcomes of a document, and its status while it waits for one.</summary>
public static class Decisions
{
    public const string Processing = "processing";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string ManualReview = "manual_review";

    /// <summary>Replaced by a newer upload of the same type while still processing; never decided.</summary>
    public const string Superseded = "superseded";
}
