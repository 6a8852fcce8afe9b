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

    /// <summary>Refused for what they are, by the check that should see it, before anything expensive runs.</summary>
    [Theory]
    [InlineData("zero-bytes.png", ReasonCodes.EmptyFile, CheckNames.EmptyFile)]
    [InlineData("4mb-plus-one.jpg", ReasonCodes.FileTooLarge, CheckNames.FileSize)]
    [InlineData("exe-named.pdf", ReasonCodes.UnsupportedFormat, CheckNames.FileFormat)]
    [InlineData("zip-named.pdf", ReasonCodes.UnsupportedFormat, CheckNames.FileFormat)]
    [InlineData("html-then-jpeg.jpg", ReasonCodes.UnsupportedFormat, CheckNames.FileFormat)]
    [InlineData("jpeg-bomb.jpg", ReasonCodes.CorruptFile, CheckNames.ImageIntegrity)]
    [InlineData("pdf-truncated.pdf", ReasonCodes.CorruptFile, CheckNames.PdfIntegrity)]
    [InlineData("pdf-objstm-self.pdf", ReasonCodes.CorruptFile, CheckNames.PdfIntegrity)]
    [InlineData("pdf-page-tree-huge-count.pdf", ReasonCodes.CorruptFile, CheckNames.PdfIntegrity)]
    [InlineData("pdf-page-tree-wide.pdf", ReasonCodes.CorruptFile, CheckNames.PdfIntegrity)]
    [InlineData("pdf-page-tree-cycle.pdf", ReasonCodes.ProcessingFailed, CheckNames.PageSize)]
    public async Task Refuses_a_malformed_file_with_the_reason_it_deserves(string file, string reason, string decidingCheck)
    {
        var started = Stopwatch.GetTimestamp();
        using var document = PipelineBuilder.Document(file, DocumentTypes.EnrollmentCertificate, Read(file));
        var result = await PipelineBuilder.Production().RunAsync(document, CancellationToken.None);

        Assert.Equal([reason], result.ReasonCodes);
        Assert.Equal(reason, result.Findings.Single(f => f.Name == decidingCheck).ReasonCode);
        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.Zero, Bound);
    }

    /// <summary>
    /// Hostile only in what they carry (a script, an attachment, a second format, a repaired structure) or exactly
    /// at the size limit: they open, so they are judged on their content like any other upload, never as broken.
    /// </summary>
    [Theory]
    [InlineData("exactly-4mb.jpg")]
    [InlineData("pdf-named.jpg")]
    [InlineData("png-named.pdf")]
    [InlineData("polyglot-pdf-zip.pdf")]
    [InlineData("polyglot-jpeg-html.jpg")]
    [InlineData("pdf-javascript-embedded.pdf")]
    [InlineData("pdf-broken-xref.pdf")]
    [InlineData("pdf-xref-loop.pdf")]
    [InlineData("pdf-page-tree-deep.pdf")]
    public async Task Judges_a_file_that_opens_on_its_content_whatever_else_it_carries(string file)
    {
        var started = Stopwatch.GetTimestamp();
        using var document = PipelineBuilder.Document(file, DocumentTypes.EnrollmentCertificate, Read(file));
        var result = await PipelineBuilder.Production().RunAsync(document, CancellationToken.None);

        string[] fileLevel = [ReasonCodes.EmptyFile, ReasonCodes.FileTooLarge, ReasonCodes.UnsupportedFormat,
            ReasonCodes.CorruptFile, ReasonCodes.TooManyPages, ReasonCodes.ProcessingFailed];
        Assert.Empty(result.ReasonCodes.Intersect(fileLevel));
        Assert.NotEqual(Decisions.Processing, result.Decision);
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
