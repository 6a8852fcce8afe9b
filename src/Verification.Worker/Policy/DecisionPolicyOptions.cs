using Contracts;

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
    /// <remarks>
    /// Identity documents and student visas are listed: their MRZ is read and matched to the dossier
    /// (Identity/Checks), so one that passes quality and identity checks needs no agent.
    /// Birth certificates are listed: every page is read, the translation rules and the holder's
    /// surname and birth date are checked (BirthCertificates/Checks), and any doubt goes to an agent.
    /// </remarks>
    public string[] AutoAcceptTypes { get; set; } = [DocumentTypes.IdentityDocument, DocumentTypes.StudentVisa, DocumentTypes.BirthCertificate];
}
