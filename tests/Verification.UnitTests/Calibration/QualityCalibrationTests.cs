using System.Globalization;
using System.Text;
using Contracts;
using Verification.Worker.Checks;
using Xunit.Abstractions;

namespace Verification.UnitTests.Calibration;

/// <summary>
/// The thresholds in QualityOptions are only as good as this test: on the labelled set made by
/// tests/fixtures/quality/generate.sh, clearly blurry and clearly cut documents are rejected (precision
/// and recall ≥ 95%, borderline labels excluded) and good documents are almost never refused (≤ 3%).
/// Recall counts only automatic rejections: a clearly bad document sent to an agent is a miss.
/// </summary>
public class QualityCalibrationTests(ITestOutputHelper output)
{
    private static string SetDirectory => Path.Combine(RepositoryRoot(), "tests", "fixtures", "quality", "out");

    [Fact]
    public async Task Blur_and_cut_off_thresholds_hold_on_the_labelled_set()
    {
        var images = LabelledSet.Read(SetDirectory);
        var pipeline = PipelineBuilder.Production();
        var blurry = new DetectionScore(ReasonCodes.Blurry);
        var cropped = new DetectionScore(ReasonCodes.CroppedEdges);
        int good = 0, goodRejected = 0;
        var table = new StringBuilder("file\tblurry\tcropped\tlow_res\tdecision\treasons\tsharpness\tmargin\tframe_touch\tchar_height\n");

        foreach (var image in images)
        {
            using var document = PipelineBuilder.Document(Path.GetFileName(image.Path), DocumentTypes.EnrollmentCertificate, File.ReadAllBytes(image.Path));
            var result = await pipeline.RunAsync(document, CancellationToken.None);
            bool Rejected(string code) => result.Findings.Any(f => f.Outcome == FindingOutcome.Reject && f.ReasonCode == code);
            bool Reviewed(string code) => result.Findings.Any(f => f.Outcome == FindingOutcome.Review && f.ReasonCode == code);
            blurry.Add(image.Blurry, Rejected(ReasonCodes.Blurry), Reviewed(ReasonCodes.Blurry));
            cropped.Add(image.Cropped, Rejected(ReasonCodes.CroppedEdges), Reviewed(ReasonCodes.CroppedEdges));
            if (image is { Blurry: "no", Cropped: "no", LowResolution: "no" })
            {
                good++;
                goodRejected += result.Decision == Decisions.Rejected ? 1 : 0;
            }
            var q = document.ScannedPages.FirstOrDefault()?.Quality;
            table.Append(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(image.Path)}\t{image.Blurry}\t{image.Cropped}\t{image.LowResolution}\t{result.Decision}\t{string.Join('+', result.ReasonCodes)}\t{q?.Sharpness:0.000}\t{q?.ContentMargin:0.0000}\t{q?.FrameTouch:0.000}\t{q?.CharacterHeight:0.0}\n");
        }
        var falseRejectRate = good == 0 ? 0 : (double)goodRejected / good;
        WriteReport(table.ToString());
        output.WriteLine(blurry.ToString());
        output.WriteLine(cropped.ToString());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"good documents rejected: {goodRejected} of {good} ({falseRejectRate:P1})"));

        Assert.True(images.Count >= 100, $"the labelled set has only {images.Count} images");
        Assert.True(blurry.Precision >= 0.95 && blurry.Recall >= 0.95, blurry.ToString());
        Assert.True(cropped.Precision >= 0.95 && cropped.Recall >= 0.95, cropped.ToString());
        Assert.True(falseRejectRate <= 0.03, $"{goodRejected} of {good} good documents rejected");
    }

    /// <summary>Every measurement beside its labels, for whoever has to move a threshold.</summary>
    private static void WriteReport(string table)
    {
        var directory = Path.Combine(RepositoryRoot(), "tests", ".results");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "quality-calibration.tsv"), table);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Verification.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Verification.sln not found");
    }
}
