using Contracts;

namespace Notification.Worker.Rendering;

/// <summary>How each document type is named to students, in the words the portal uses.</summary>
public static class DocumentTypeLabels
{
    private static readonly Dictionary<string, (string Fr, string En)> Labels = new(StringComparer.Ordinal)
    {
        [DocumentTypes.EnrollmentCertificate] = ("Certificat de scolarité", "Certificate of enrollment"),
        [DocumentTypes.IdentityDocument] = ("Passeport ou carte d'identité", "Passport or identity card"),
        [DocumentTypes.StudentVisa] = ("Visa long séjour étudiant", "Long-stay student visa"),
        [DocumentTypes.ResourcesAttestation] = ("Attestation de ressources", "Attestation of resources"),
        [DocumentTypes.BirthCertificate] = ("Acte de naissance et sa traduction", "Birth certificate and its translation"),
        [DocumentTypes.ResidencePermit] = ("Titre de séjour", "Residence permit"),
        [DocumentTypes.BankDetails] = ("Relevé d'identité bancaire (RIB)", "Bank details (RIB)"),
    };

    public static string For(string documentType, string language) =>
        Labels.TryGetValue(documentType, out var label) ? (language == "fr" ? label.Fr : label.En) : documentType;
}
