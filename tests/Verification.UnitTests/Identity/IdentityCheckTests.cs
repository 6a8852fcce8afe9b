using Contracts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verification.Worker.Checks;
using Verification.Worker.Identity.Checks;
using Verification.Worker.Identity.Visa;
using Verification.Worker.Policy;

namespace Verification.UnitTests.Identity;

/// <summary>What each identity check decides, on zones built by hand (no OCR).</summary>
public class IdentityCheckTests
{
    private static Finding Run(IDocumentCheck check, DocumentUnderCheck document) =>
        check.RunAsync(document, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    [Fact]
    public async Task Accepts_a_passport_that_matches_the_dossier()
    {
        using var document = CannedIdentity.Document(MrzResults.Passport());
        var pipeline = new ChecksPipeline(IdentityChecks(), new DecisionPolicy(Options.Create(new DecisionPolicyOptions())),
            NullLogger<ChecksPipeline>.Instance);

        var result = await pipeline.RunAsync(document, CancellationToken.None);

        Assert.Equal(Decisions.Accepted, result.Decision);
        Assert.All(result.Findings, f => Assert.Contains(f.Outcome, new[] { FindingOutcome.Pass, FindingOutcome.NotApplicable }));
        Assert.Equal("ERIKSSON", result.Findings.Single(f => f.Name == CheckNames.Mrz).Mrz!.Surname);
    }

    [Fact]
    public void Sends_a_page_without_a_zone_to_an_agent_with_mrz_not_found()
    {
        using var document = CannedIdentity.Document(null);
        var finding = Run(new MrzCheck(), document);
        Assert.Equal((FindingOutcome.Review, ReasonCodes.MrzNotFound), (finding.Outcome, finding.ReasonCode));
        Assert.Equal(FindingOutcome.NotApplicable, Run(new NameMatchCheck(), document).Outcome);
    }

    [Fact]
    public void Sends_a_zone_whose_check_digits_still_fail_to_an_agent_with_mrz_check_failed()
    {
        using var document = CannedIdentity.Document(MrzResults.Passport(valid: false));
        var finding = Run(new MrzCheck(), document);
        Assert.Equal((FindingOutcome.Review, ReasonCodes.MrzCheckFailed), (finding.Outcome, finding.ReasonCode));
        Assert.Contains("Composite", finding.Detail);
    }

    [Fact]
    public void Accepts_names_written_with_accents_hyphens_and_apostrophes_as_the_mrz_writes_them()
    {
        var applicant = CannedIdentity.Declared with { LastName = "García-Márquez", FirstNames = "José Luis" };
        using var document = CannedIdentity.Document(MrzResults.Passport("GARCIA MARQUEZ", "JOSE LUIS"), applicant: applicant);
        Assert.Equal(FindingOutcome.Pass, Run(new NameMatchCheck(), document).Outcome);
    }

    [Fact]
    public void Sends_a_near_miss_on_the_name_to_an_agent_with_both_values()
    {
        using var document = CannedIdentity.Document(MrzResults.Passport("ERIKSON"));
        var finding = Run(new NameMatchCheck(), document);
        Assert.Equal((FindingOutcome.Review, ReasonCodes.NameMismatch), (finding.Outcome, finding.ReasonCode));
        Assert.Equal("MRZ: ERIKSON, ANNA MARIA", finding.Value);
        Assert.Equal("declared: ERIKSSON, ANNA MARIA", finding.Threshold);
        Assert.StartsWith("near miss", finding.Detail);
    }

    [Fact]
    public void Rejects_a_passport_of_someone_else_with_name_mismatch()
    {
        using var document = CannedIdentity.Document(MrzResults.Passport("MARTIN", "CAMILLE"));
        var finding = Run(new NameMatchCheck(), document);
        Assert.Equal((FindingOutcome.Reject, ReasonCodes.NameMismatch), (finding.Outcome, finding.ReasonCode));
    }

    [Fact]
    public void Does_not_reject_a_name_read_from_a_zone_whose_check_digits_fail()
    {
        using var document = CannedIdentity.Document(MrzResults.Passport("MARTIN", "CAMILLE", valid: false));
        Assert.Equal(FindingOutcome.Review, Run(new NameMatchCheck(), document).Outcome);
    }

    [Theory]
    [InlineData("1999-08-12", FindingOutcome.Pass)]
    [InlineData("1999-12-08", FindingOutcome.Review)]
    [InlineData("1999-08-13", FindingOutcome.Review)]
    [InlineData("2003-02-27", FindingOutcome.Reject)]
    public void Compares_the_birth_date_exactly_and_treats_swaps_and_single_digit_slips_as_near_misses(string mrzBirth, FindingOutcome expected)
    {
        using var document = CannedIdentity.Document(MrzResults.Passport(dateOfBirth: mrzBirth));
        var finding = Run(new BirthDateMatchCheck(), document);
        Assert.Equal(expected, finding.Outcome);
        if (expected != FindingOutcome.Pass)
        {
            Assert.Equal(ReasonCodes.BirthDateMismatch, finding.ReasonCode);
        }
    }

    [Fact]
    public void Sends_a_different_nationality_to_an_agent_rather_than_refusing_it()
    {
        using var document = CannedIdentity.Document(MrzResults.Passport(nationality: "FRA"));
        var finding = Run(new NationalityMatchCheck(), document);
        Assert.Equal(FindingOutcome.Review, finding.Outcome);
        Assert.Equal("MRZ: FRA", finding.Value);
    }

    [Fact]
    public void Reads_the_german_icao_code_as_the_declared_iso_code()
    {
        using var document = CannedIdentity.Document(MrzResults.Passport(nationality: "D"), applicant: CannedIdentity.Declared with { Nationality = "DEU" });
        Assert.Equal(FindingOutcome.Pass, Run(new NationalityMatchCheck(), document).Outcome);
    }

    [Theory]
    [InlineData("2026-09-01", FindingOutcome.Pass)]
    [InlineData("2026-08-31", FindingOutcome.Reject)]
    public void Rejects_a_document_expired_on_the_rights_start_date(string expiry, FindingOutcome expected)
    {
        using var document = CannedIdentity.Document(MrzResults.Passport(expiry: expiry));
        var finding = Run(new DocumentExpiryCheck(), document);
        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(expected == FindingOutcome.Reject ? ReasonCodes.DocumentExpired : null, finding.ReasonCode);
    }

    [Fact]
    public void Accepts_a_long_stay_visa_valid_on_the_rights_start_date()
    {
        var zone = new VisaZone("D", new DateOnly(2026, 8, 20), new DateOnly(2027, 8, 31), "");
        using var document = CannedIdentity.Document(MrzResults.Visa("D"), DocumentTypes.StudentVisa, visaZone: zone);
        Assert.Equal(FindingOutcome.Pass, Run(new VisaTypeCheck(), document).Outcome);
        Assert.Equal(FindingOutcome.Pass, Run(new VisaValidityCheck(), document).Outcome);
        Assert.Equal(FindingOutcome.Pass, Run(new DocumentExpiryCheck(), document).Outcome);
    }

    [Fact]
    public void Rejects_a_short_stay_visa_with_not_a_student_visa()
    {
        using var document = CannedIdentity.Document(MrzResults.Visa("C"), DocumentTypes.StudentVisa, visaZone: new VisaZone("C", null, null, ""));
        var finding = Run(new VisaTypeCheck(), document);
        Assert.Equal((FindingOutcome.Reject, ReasonCodes.NotAStudentVisa), (finding.Outcome, finding.ReasonCode));
    }

    [Fact]
    public void Rejects_a_passport_page_uploaded_as_the_visa_with_not_a_student_visa()
    {
        using var document = CannedIdentity.Document(MrzResults.Passport(), DocumentTypes.StudentVisa);
        Assert.Equal(ReasonCodes.NotAStudentVisa, Run(new VisaTypeCheck(), document).ReasonCode);
    }

    [Fact]
    public void Sends_a_visa_whose_printed_type_contradicts_its_mrz_to_an_agent()
    {
        using var document = CannedIdentity.Document(MrzResults.Visa("D"), DocumentTypes.StudentVisa, visaZone: new VisaZone("C", null, null, ""));
        Assert.Equal(FindingOutcome.Review, Run(new VisaTypeCheck(), document).Outcome);
    }

    [Fact]
    public void Rejects_a_visa_that_starts_after_the_rights_start_date_with_document_expired()
    {
        var zone = new VisaZone("D", new DateOnly(2026, 10, 1), null, "");
        using var document = CannedIdentity.Document(MrzResults.Visa("D"), DocumentTypes.StudentVisa, visaZone: zone);
        var finding = Run(new VisaValidityCheck(), document);
        Assert.Equal((FindingOutcome.Reject, ReasonCodes.DocumentExpired), (finding.Outcome, finding.ReasonCode));
    }

    [Fact]
    public void Sends_a_visa_whose_start_of_validity_could_not_be_read_to_an_agent()
    {
        using var document = CannedIdentity.Document(MrzResults.Visa("D"), DocumentTypes.StudentVisa, visaZone: null);
        Assert.Equal(FindingOutcome.Review, Run(new VisaValidityCheck(), document).Outcome);
    }

    [Fact]
    public void Leaves_other_document_types_alone()
    {
        using var document = CannedIdentity.Document(MrzResults.Passport(), DocumentTypes.BankDetails);
        Assert.All(IdentityChecks(), check => Assert.Equal(FindingOutcome.NotApplicable, Run(check, document).Outcome));
    }

    private static IDocumentCheck[] IdentityChecks() =>
    [
        new MrzCheck(), new NameMatchCheck(), new BirthDateMatchCheck(), new NationalityMatchCheck(),
        new DocumentExpiryCheck(), new VisaTypeCheck(), new VisaValidityCheck(),
    ];
}
