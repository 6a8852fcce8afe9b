using System.Diagnostics;
using Contracts;
using Verification.Worker.Checks;

namespace Verification.UnitTests;

/// <summary>
/// Files made to hurt a parser (tests/fixtures/hostile/generate.py) end in a clear reason, fast,
/// through the production pipeline and the real native libraries.
/// </summary>
public class HostileInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    private static byte[] Read(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "hostile", name);
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"{name} is missing: run tests/fixtures/hostile/generate.py (tests/run.sh does).", path);
    }

    [Theory]
    [InlineData("png-bomb.png", Decisions.Rejected, ReasonCodes.CorruptFile, CheckNames.ImageIntegrity)]
    [InlineData("truncated.jpg", Decisions.Rejected, ReasonCodes.CorruptFile, CheckNames.ImageIntegrity)]
    [InlineData("500-pages.pdf", Decisions.Rejected, ReasonCodes.TooManyPages, CheckNames.PageCount)]
    [InlineData("huge-page.pdf", Decisions.ManualReview, ReasonCodes.ProcessingFailed, CheckNames.PageSize)]
    public async Task Ends_a_hostile_file_in_a_clear_reason_within_5_seconds(string file, string decision, string reason, string decidingCheck)
    {
        var started = Stopwatch.GetTimestamp();
        using var document = PipelineBuilder.Document(file, DocumentTypes.BirthCertificate, Read(file));
        var result = await PipelineBuilder.Production().RunAsync(document, CancellationToken.None);

        Assert.Equal(decision, result.Decision);
        Assert.Equal([reason], result.ReasonCodes);
        Assert.Equal(reason, result.Findings.Single(f => f.Name == decidingCheck).ReasonCode);
        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.Zero, Bound);
    }

    [Fact]
    public async Task Checks_a_jpeg_named_png_as_the_jpeg_it_is_and_says_so()
    {
        using var document = PipelineBuilder.Document("photo.png", DocumentTypes.EnrollmentCertificate, Read("jpeg-named.png"));
        var result = await PipelineBuilder.Production().RunAsync(document, CancellationToken.None);

        var format = result.Findings.Single(f => f.Name == CheckNames.FileFormat);
        Assert.Equal("JPEG", format.Value);
        Assert.Contains("named .png", format.Detail);
        Assert.DoesNotContain(ReasonCodes.UnsupportedFormat, result.ReasonCodes);
        Assert.Equal(FindingOutcome.Pass, result.Findings.Single(f => f.Name == CheckNames.ImageIntegrity).Outcome);
    }
}
