using Contracts;
using Verification.Worker.Checks;

namespace Verification.UnitTests;

/// <summary>The first checks on the real sample files, through real Poppler.</summary>
public class FileChecksTests
{
    private static async Task<(string Decision, IReadOnlyList<string> Reasons, IReadOnlyList<Finding> Findings)> VerifyAsync(string file, byte[]? content = null)
    {
        using var document = PipelineBuilder.Document(file, DocumentTypes.EnrollmentCertificate, content ?? Fixtures.Read(file));
        var result = await PipelineBuilder.Production().RunAsync(document, CancellationToken.None);
        return (result.Decision, result.ReasonCodes, result.Findings);
    }

    [Theory]
    [InlineData("empty.pdf", ReasonCodes.EmptyFile)]
    [InlineData("not-a-pdf.pdf", ReasonCodes.UnsupportedFormat)]
    [InlineData("encrypted.pdf", ReasonCodes.PasswordProtectedPdf)]
    [InlineData("corrupt.pdf", ReasonCodes.CorruptFile)]
    public async Task Rejects_each_bad_sample_with_its_reason(string file, string reason)
    {
        var (decision, reasons, _) = await VerifyAsync(file);
        Assert.Equal(Decisions.Rejected, decision);
        Assert.Equal([reason], reasons);
    }

    [Fact]
    public async Task Rejects_a_file_one_byte_over_4_MB_and_passes_one_of_exactly_4_MB()
    {
        var clean = Fixtures.Read("clean.jpg");
        var over = new byte[4 * 1024 * 1024 + 1];
        var exact = new byte[4 * 1024 * 1024];
        clean.CopyTo(over, 0);
        clean.CopyTo(exact, 0);

        Assert.Equal([ReasonCodes.FileTooLarge], (await VerifyAsync("over.jpg", over)).Reasons);
        var (_, reasons, findings) = await VerifyAsync("exact.jpg", exact);
        Assert.DoesNotContain(ReasonCodes.FileTooLarge, reasons);
        Assert.Equal(FindingOutcome.Pass, findings.Single(f => f.Name == CheckNames.FileSize).Outcome);
    }

    [Theory]
    [InlineData("clean.jpg")]
    [InlineData("clean.pdf")]
    public async Task Lets_a_clean_file_through_to_an_agent(string file)
    {
        var (decision, reasons, findings) = await VerifyAsync(file);
        Assert.Equal(Decisions.ManualReview, decision);
        Assert.Empty(reasons);
        Assert.DoesNotContain(findings, f => f.Outcome is FindingOutcome.Reject or FindingOutcome.Review);
    }

    [Fact]
    public async Task Sends_a_thumbnail_sized_page_to_an_agent_for_its_small_characters()
    {
        var (decision, reasons, findings) = await VerifyAsync("clean.png");
        Assert.Equal(Decisions.ManualReview, decision);
        Assert.Equal([ReasonCodes.LowResolution], reasons);
        Assert.Contains("character height", findings.Single(f => f.Name == CheckNames.Resolution).Value);
    }

    [Fact]
    public async Task Passes_a_pdf_with_only_an_owner_password_and_notes_it()
    {
        var (decision, _, findings) = await VerifyAsync("owner-only.pdf");
        Assert.Equal(Decisions.ManualReview, decision);
        var password = findings.Single(f => f.Name == CheckNames.PdfPassword);
        Assert.Equal(FindingOutcome.Pass, password.Outcome);
        Assert.Contains("owner password", password.Detail);
    }

    [Fact]
    public async Task Every_finding_names_its_measured_value_and_threshold()
    {
        var (_, _, findings) = await VerifyAsync("clean.pdf");
        Assert.All(findings.Where(f => f.Outcome != FindingOutcome.NotApplicable), f =>
        {
            Assert.False(string.IsNullOrEmpty(f.Value), $"{f.Name} has no value");
            Assert.False(string.IsNullOrEmpty(f.Threshold), $"{f.Name} has no threshold");
        });
    }

    [Fact]
    public async Task Stops_at_the_first_reject_so_the_student_gets_the_most_basic_reason()
    {
        var (_, _, findings) = await VerifyAsync("not-a-pdf.pdf");
        Assert.Equal(CheckNames.FileFormat, findings[^1].Name);
        Assert.DoesNotContain(findings, f => f.Name == CheckNames.PdfPassword);
    }
}
