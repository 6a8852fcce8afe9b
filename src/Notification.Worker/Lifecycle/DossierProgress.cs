using Contracts;

namespace Notification.Worker.Lifecycle;

/// <summary>
/// The milestones a student is told about (DESIGN.md, phases): phase 1 is the enrollment
/// certificate, the identity document and either the student visa or, for EU nationals, the
/// attestation of resources; the dossier is complete when phase 2 (birth certificate, residence
/// permit) is accepted too. Bank details (phase 3) are asked for but do not gate either.
/// </summary>
public static class DossierProgress
{
    public static bool Phase1Complete(IReadOnlySet<string> accepted) =>
        accepted.Contains(DocumentTypes.EnrollmentCertificate)
        && accepted.Contains(DocumentTypes.IdentityDocument)
        && (accepted.Contains(DocumentTypes.StudentVisa) || accepted.Contains(DocumentTypes.ResourcesAttestation));

    public static bool Phase2Complete(IReadOnlySet<string> accepted) =>
        accepted.Contains(DocumentTypes.BirthCertificate) && accepted.Contains(DocumentTypes.ResidencePermit);

    /// <summary>
    /// The milestone the accepted types reach, or null. A dossier that completes both phases at once
    /// gets only "complete": the provisional attestation announcement would arrive after the fact.
    /// </summary>
    public static string? Milestone(IReadOnlySet<string> accepted) =>
        !Phase1Complete(accepted) ? null
        : Phase2Complete(accepted) ? NotificationKinds.DossierComplete
        : NotificationKinds.Phase1Complete;
}
