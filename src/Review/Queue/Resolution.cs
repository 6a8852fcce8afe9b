using Contracts;

namespace Review.Queue;

/// <summary>
/// The reasons an agent can give, in the order the console lists them. The first ten carry the
/// digit keys 1-9 and 0, so the commonest human findings come first. <c>processing_failed</c> is not
/// offered: its sentence tells the student an agent will look, which is no reason to reject.
/// </summary>
public static class ReasonChoices
{
    public static IReadOnlyList<string> All { get; } =
    [
        ReasonCodes.Blurry, ReasonCodes.CroppedEdges, ReasonCodes.LowResolution, ReasonCodes.WrongDocumentType,
        ReasonCodes.NameMismatch, ReasonCodes.BirthDateMismatch, ReasonCodes.DocumentExpired, ReasonCodes.MrzNotFound,
        ReasonCodes.MrzCheckFailed, ReasonCodes.TranslationMissing,
        ReasonCodes.OriginalMissing, ReasonCodes.NotAStudentVisa, ReasonCodes.TooManyPages, ReasonCodes.CorruptFile,
        ReasonCodes.UnsupportedFormat, ReasonCodes.PasswordProtectedPdf, ReasonCodes.EmptyFile, ReasonCodes.FileTooLarge,
    ];

    /// <summary>The key that toggles a reason in the console, or null past the tenth.</summary>
    public static string? ShortcutFor(int index) => index switch
    {
        < 9 => (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        9 => "0",
        _ => null,
    };

    public static bool IsAllowed(string code) => All.Contains(code, StringComparer.Ordinal);
}

/// <summary>An agent's verdict on an item: accepted, or rejected with at least one reason.</summary>
public sealed record Resolution(string Decision, IReadOnlyList<string> ReasonCodes, string? Comment)
{
    public const int MaxCommentLength = 2000;

    /// <summary>Problems keyed by field, in the shape of a validation problem details; empty when valid.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Decision is not (Decisions.Accepted or Decisions.Rejected))
        {
            errors["decision"] = [$"Required: {Decisions.Accepted} or {Decisions.Rejected}."];
        }
        if (Decision == Decisions.Rejected && ReasonCodes.Count == 0)
        {
            errors["reasonCodes"] = ["A rejection needs at least one reason code."];
        }
        else if (Decision == Decisions.Accepted && ReasonCodes.Count > 0)
        {
            errors["reasonCodes"] = ["An acceptance takes no reason code."];
        }
        var unknown = ReasonCodes.Where(code => !ReasonChoices.IsAllowed(code)).ToList();
        if (unknown.Count > 0)
        {
            errors["reasonCodes"] = [$"Unknown or not allowed: {string.Join(", ", unknown)}. Allowed: {string.Join(", ", ReasonChoices.All)}."];
        }
        if (Comment?.Length > MaxCommentLength)
        {
            errors["comment"] = [$"At most {MaxCommentLength} characters."];
        }
        return errors;
    }

    /// <summary>Trims the comment and removes duplicate codes, keeping the agent's order.</summary>
    public Resolution Normalized() => this with
    {
        ReasonCodes = ReasonCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
        Comment = string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim(),
    };
}
