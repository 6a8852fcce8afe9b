using Contracts;
using Verification.Worker.Checks;
using Xunit.Abstractions;

namespace Verification.UnitTests.BirthCertificates;

/// <summary>
/// Every labelled birth-certificate fixture (tests/fixtures/birth/generate.py) gets its expected
/// decision and reason codes through the production pipeline: real PDFs and images, real Poppler,
/// Leptonica and Tesseract. This is the calibration test for BirthCertificateOptions.
/// </summary>
public class BirthCertificateFixtureTests(ProductionPipelineFixture production, ITestOutputHelper output)
    : IClassFixture<ProductionPipelineFixture>
{
    public static TheoryData<string> Files => new(BirthFixtures.All().Select(f => f.File));

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Decides_each_labelled_birth_certificate_as_expected(string file)
    {
        var fixture = BirthFixtures.All().Single(f => f.File == file);
        using var document = production.Factory.Create(file, DocumentTypes.BirthCertificate, BirthFixtures.Read(file), fixture.Applicant);

        var result = await production.Pipeline.RunAsync(document, CancellationToken.None);

        var explanation = string.Join("\n", result.Findings.Where(f => f.Outcome != FindingOutcome.NotApplicable)
            .Select(f => $"{f.Name}: {f.Outcome} {f.ReasonCode} | {f.Value} | {f.Detail}"));
        output.WriteLine(explanation);
        Assert.True(fixture.Decision == result.Decision && fixture.Reasons.Order().SequenceEqual(result.ReasonCodes.Order()),
            $"{file}: expected {fixture.Decision} [{string.Join(", ", fixture.Reasons)}], got {result.Decision} [{string.Join(", ", result.ReasonCodes)}]\n{explanation}");
    }

    [Fact]
    public void The_labelled_set_covers_every_rule()
    {
        var all = BirthFixtures.All();
        Assert.True(all.Count >= 30, $"only {all.Count} fixtures");
        Assert.Contains(all, f => f.Decision == Decisions.Accepted);
        foreach (var reason in new[] { ReasonCodes.TranslationMissing, ReasonCodes.OriginalMissing, ReasonCodes.NameMismatch, ReasonCodes.BirthDateMismatch })
        {
            Assert.Contains(all, f => f.Decision == Decisions.Rejected && f.Reasons.Contains(reason));
        }
        foreach (var doubt in new[] { ReasonCodes.TranslationMissing, ReasonCodes.NameMismatch, ReasonCodes.BirthDateMismatch })
        {
            Assert.Contains(all, f => f.Decision == Decisions.ManualReview && f.Reasons.Contains(doubt));
        }
        Assert.Contains(all, f => f.File.EndsWith(".jpg", StringComparison.Ordinal));
        Assert.Contains(all, f => f.File.EndsWith(".png", StringComparison.Ordinal));
    }
}
