using System.Diagnostics;
using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests.Resilience;

/// <summary>
/// The whole hostile corpus (tests/fixtures/hostile/generate.py) through the real services: every file is
/// decided, quickly, while the worker neither restarts nor grows without bound.
/// </summary>
[Collection(ResilienceStackCollection.Name)]
public class HostileCorpusTests(ResilienceStackFixture stack)
{
    /// <summary>Per file, from upload to decision, with the whole corpus queued at once on two cores.</summary>
    private static readonly TimeSpan DecisionBound = TimeSpan.FromSeconds(90);

    /// <summary>Resident memory the worker may add over its idle size while it chews through the corpus.</summary>
    private const long GrowthBound = 400L * 1024 * 1024;

    [Fact]
    public async Task Every_hostile_file_is_decided_without_restarting_the_worker_or_growing_its_memory()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "hostile")).Order().ToList();
        Assert.True(files.Count >= 25, $"only {files.Count} hostile files: run tests/fixtures/hostile/generate.py");
        var restartsBefore = stack.Worker.Restarts;
        var idle = stack.WorkerResidentBytes();
        using var sampling = new CancellationTokenSource();
        var peak = SamplePeakAsync(sampling.Token);

        var started = Stopwatch.GetTimestamp();
        // A dossier per file: two uploads of one type in one dossier would replace each other.
        var uploads = new List<(string File, Guid Id)>();
        foreach (var file in files)
        {
            var (dossierId, _) = await stack.Portal.DeclareDossierAsync();
            uploads.Add((Path.GetFileName(file), await stack.Portal.UploadAcceptedAsync(dossierId, "enrollment_certificate",
                Path.GetFileName(file), await File.ReadAllBytesAsync(file))));
        }
        var decisions = await Task.WhenAll(uploads.Select(async u => (u.File, Document: await stack.Portal.WaitForDecisionAsync(u.Id, DecisionBound))));
        var elapsed = Stopwatch.GetElapsedTime(started);
        await sampling.CancelAsync();
        var peakBytes = await peak;

        Assert.All(decisions, d => Assert.Contains(d.Document.Status, new[] { "accepted", "rejected", "manual_review" }));
        Assert.Equal(restartsBefore, stack.Worker.Restarts);
        Assert.True(peakBytes - idle < GrowthBound,
            $"worker resident memory went from {idle / 1048576} MB to {peakBytes / 1048576} MB over {files.Count} hostile files in {elapsed.TotalSeconds:F0} s");
    }

    private async Task<long> SamplePeakAsync(CancellationToken cancellationToken)
    {
        long peak = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            peak = Math.Max(peak, stack.WorkerResidentBytes());
            await Task.Delay(100, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        return peak;
    }
}
