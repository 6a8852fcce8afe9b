using Contracts;
using Verification.Worker.Checks;

namespace Verification.UnitTests;

public class ChecksPipelineTests
{
    private sealed class ThrowingCheck : IDocumentCheck
    {
        public string Name => "throws";
        public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("parser blew up");
    }

    private sealed class PassingCheck(string name) : IDocumentCheck
    {
        public int Runs { get; private set; }
        public string Name => name;
        public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
        {
            Runs++;
            return ValueTask.FromResult(Finding.Pass(Name));
        }
    }

    [Fact]
    public async Task A_check_that_throws_sends_the_document_to_an_agent_with_processing_failed()
    {
        var after = new PassingCheck("after");
        var pipeline = PipelineBuilder.With(new PassingCheck("before"), new ThrowingCheck(), after);
        using var document = PipelineBuilder.Document("x.pdf", DocumentTypes.BankDetails, [1, 2, 3]);

        var result = await pipeline.RunAsync(document, CancellationToken.None);

        Assert.Equal(Decisions.ManualReview, result.Decision);
        Assert.Equal([ReasonCodes.ProcessingFailed], result.ReasonCodes);
        Assert.Equal("InvalidOperationException", result.Findings.Single(f => f.Name == "throws").Detail);
        Assert.Equal(0, after.Runs);
    }

    [Fact]
    public void The_production_pipeline_runs_the_file_checks_first_then_the_quality_checks()
    {
        // Content checks (identity, birth certificates) follow; their own tests pin their order.
        Assert.Equal(
            [
                CheckNames.EmptyFile, CheckNames.FileSize, CheckNames.FileFormat, CheckNames.PdfPassword, CheckNames.PdfIntegrity,
                CheckNames.PageCount, CheckNames.PageSize, CheckNames.ImageIntegrity, CheckNames.Resolution, CheckNames.Blur, CheckNames.CroppedEdges,
            ],
            PipelineBuilder.Production().CheckNames.Take(11));
    }
}
