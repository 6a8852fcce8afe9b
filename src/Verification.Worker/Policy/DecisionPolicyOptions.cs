namespace Verification.Worker.Policy;

/// <summary>Bound from "DecisionPolicy".</summary>
public sealed class DecisionPolicyOptions
{
    public const string Section = "DecisionPolicy";

    /// <summary>
    /// Document types the machine may accept on its own once every check passes. A type is listed
    /// only when its content checks (quality, MRZ, translation) exist; until then a clean file goes
    /// to an agent rather than being accepted on the strength of its format alone.
    /// </summary>
    public string[] AutoAcceptTypes { get; set; } = [];
}
