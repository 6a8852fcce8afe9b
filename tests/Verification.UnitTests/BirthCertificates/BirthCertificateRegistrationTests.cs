using Contracts;
using Verification.Worker.BirthCertificates.Checks;
using Verification.Worker.Checks;

namespace Verification.UnitTests.BirthCertificates;

public class BirthCertificateRegistrationTests
{
    [Fact]
    public void Runs_the_birth_certificate_checks_in_order_after_the_quality_checks()
    {
        var names = PipelineBuilder.Production().CheckNames.ToList();

        string[] ours = [BirthCertificateCheckNames.Pages, BirthCertificateCheckNames.Original, BirthCertificateCheckNames.SwornTranslation,
            BirthCertificateCheckNames.Surname, BirthCertificateCheckNames.BirthDate];
        Assert.Equal(ours, names.Where(ours.Contains));
        Assert.True(names.IndexOf(CheckNames.CroppedEdges) < names.IndexOf(BirthCertificateCheckNames.Pages));
    }

    [Fact]
    public async Task Leaves_other_document_types_alone()
    {
        using var document = PipelineBuilder.Document("clean.jpg", DocumentTypes.EnrollmentCertificate, Fixtures.Read("clean.jpg"));

        var result = await PipelineBuilder.Production().RunAsync(document, CancellationToken.None);

        Assert.All(result.Findings.Where(f => f.Name.StartsWith("certificate_", StringComparison.Ordinal) || f.Name == BirthCertificateCheckNames.SwornTranslation),
            f => Assert.Equal(FindingOutcome.NotApplicable, f.Outcome));
    }

    [Fact]
    public async Task Accepts_a_french_page_without_declared_data_and_skips_the_holder_checks()
    {
        using var document = PipelineBuilder.Document("clean.jpg", DocumentTypes.BirthCertificate, Fixtures.Read("clean.jpg"));

        var result = await PipelineBuilder.Production().RunAsync(document, CancellationToken.None);

        Assert.Equal(Decisions.Accepted, result.Decision);
        Assert.Equal(FindingOutcome.NotApplicable, result.Findings.Single(f => f.Name == BirthCertificateCheckNames.Surname).Outcome);
    }

    [Fact]
    public async Task Rejects_a_french_document_naming_someone_else_than_the_dossier()
    {
        var applicant = new Applicant("GARCÍA MÁRQUEZ", "Ana María", new DateOnly(2001, 4, 12), "COL", "COL", new DateOnly(2026, 9, 1));
        using var document = PipelineBuilder.Document("clean.jpg", DocumentTypes.BirthCertificate, Fixtures.Read("clean.jpg"), applicant);

        var result = await PipelineBuilder.Production().RunAsync(document, CancellationToken.None);

        Assert.Equal(Decisions.Rejected, result.Decision);
        Assert.Equal([ReasonCodes.BirthDateMismatch, ReasonCodes.NameMismatch], result.ReasonCodes.Order());
    }
}
