namespace Review;

/// <summary>Bound from the "Review" configuration section; docs/review.md describes each setting.</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>How long a claim keeps an item away from other agents; past it the item is back in the queue.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Fraction (0 to 1) of the machine's automatic accepts also sent to an agent, to measure its precision.</summary>
    public double SampleRate { get; set; } = 0.02;

    /// <summary>Agents created or updated at start-up (the local stack and the tests); production leaves it empty.</summary>
    public List<SeedAgentOptions> SeedAgents { get; set; } = [];

    /// <summary>A PDF page render that takes longer is abandoned: a hostile file must not hold a console worker.</summary>
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public int RenderDpi { get; set; } = 100;

    /// <summary>Pages shown for a PDF; no legitimate document of any type is longer.</summary>
    public int MaxRenderedPages { get; set; } = 5;

    /// <summary>The window over which the agreement rate on sampled accepts is computed.</summary>
    public TimeSpan AgreementWindow { get; set; } = TimeSpan.FromDays(30);
}

public sealed class SeedAgentOptions
{
    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public string? DisplayName { get; set; }
}
