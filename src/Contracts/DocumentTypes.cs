namespace Contracts;

/// <summary>The wire names of the documents a dossier holds (DESIGN.md, first table).</summary>
public static class DocumentTypes
{
    public const string EnrollmentCertificate = "enrollment_certificate";
    public const string IdentityDocument = "identity_document";
    public const string StudentVisa = "student_visa";
    public const string ResourcesAttestation = "resources_attestation";
    public const string BirthCertificate = "birth_certificate";
    public const string ResidencePermit = "residence_permit";
    public const string BankDetails = "bank_details";

    public static IReadOnlyList<string> All { get; } =
    [
        EnrollmentCertificate, IdentityDocument, StudentVisa, ResourcesAttestation,
        BirthCertificate, ResidencePermit, BankDetails,
    ];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.Ordinal);
}
