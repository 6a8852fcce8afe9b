namespace Contracts;

/// <summary>The outcomes of a document, and its status while it waits for one.</summary>
public static class Decisions
{
    public const string Processing = "processing";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string ManualReview = "manual_review";
}
