namespace Intake;

/// <summary>Bound from the "Intake" configuration section.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>The key the portal sends in X-Api-Key. Required; the local stack uses "local-dev-key".</summary>
    public string ApiKey { get; set; } = "";
}
