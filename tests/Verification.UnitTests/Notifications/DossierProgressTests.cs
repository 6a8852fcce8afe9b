using Contracts;
using Notification.Worker.Lifecycle;

namespace Verification.UnitTests.Notifications;

public class DossierProgressTests
{
    private static string? Milestone(params string[] accepted) => DossierProgress.Milestone(accepted.ToHashSet());

    [Fact]
    public void Phase_one_with_a_visa_announces_the_provisional_attestation() =>
        Assert.Equal(NotificationKinds.Phase1Complete,
            Milestone(DocumentTypes.EnrollmentCertificate, DocumentTypes.IdentityDocument, DocumentTypes.StudentVisa));

    [Fact]
    public void Phase_one_with_an_attestation_of_resources_instead_of_a_visa_counts_too() =>
        Assert.Equal(NotificationKinds.Phase1Complete,
            Milestone(DocumentTypes.EnrollmentCertificate, DocumentTypes.IdentityDocument, DocumentTypes.ResourcesAttestation));

    [Theory]
    [InlineData(DocumentTypes.EnrollmentCertificate)]
    [InlineData(DocumentTypes.IdentityDocument)]
    [InlineData(DocumentTypes.StudentVisa)]
    public void A_missing_phase_one_document_reaches_no_milestone(string missing)
    {
        var accepted = new[] { DocumentTypes.EnrollmentCertificate, DocumentTypes.IdentityDocument, DocumentTypes.StudentVisa,
            DocumentTypes.BirthCertificate, DocumentTypes.ResidencePermit }.Where(t => t != missing).ToArray();
        Assert.Null(Milestone(accepted));
    }

    [Fact]
    public void Phases_one_and_two_make_the_dossier_complete_without_bank_details() =>
        Assert.Equal(NotificationKinds.DossierComplete, Milestone(DocumentTypes.EnrollmentCertificate, DocumentTypes.IdentityDocument,
            DocumentTypes.StudentVisa, DocumentTypes.BirthCertificate, DocumentTypes.ResidencePermit));

    [Fact]
    public void Phase_two_alone_is_no_milestone() =>
        Assert.Null(Milestone(DocumentTypes.BirthCertificate, DocumentTypes.ResidencePermit, DocumentTypes.BankDetails));
}
