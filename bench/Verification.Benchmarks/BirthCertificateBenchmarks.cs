using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ocr;
using Verification.Worker.BirthCertificates;
using Verification.Worker.BirthCertificates.Reading;
using Verification.Worker.Checks;

namespace Verification.Benchmarks;

/// <summary>
/// A 2-page scanned PDF (Spanish original + sworn French translation, 200 dpi) through the
/// birth-certificate checks with warm engines, on one core, against the obvious alternative: each
/// page rasterised by pdftoppm and read by the tesseract command line, then the same classifier.
/// </summary>
[Config(typeof(OneCoreSeconds))]
[MedianColumn, MinColumn, MaxColumn]
public class BirthCertificateBenchmarks
{
    private ServiceProvider _services = null!;
    private ServiceProvider _frenchOnly = null!;
    private ChecksPipeline _frenchOnlyPipeline = null!;
    private ChecksPipeline _pipeline = null!;
    private DocumentUnderCheckFactory _factory = null!;
    private byte[] _pdf = [];
    private string _path = "";
    private string _work = "";

    [GlobalSetup]
    public void Setup()
    {
        _path = Environment.GetEnvironmentVariable("BENCH_BIRTH_PDF")
            ?? Path.Combine(BenchmarkFiles.Root, "tests", "fixtures", "birth", "out", "es-original-fr-translation-scan.pdf");
        _pdf = File.ReadAllBytes(_path);
        _work = Directory.CreateTempSubdirectory("birth-bench").FullName;
        (_services, _pipeline, _factory) = Build("fra+eng");
        (_frenchOnly, _frenchOnlyPipeline, _) = Build("fra");
        foreach (var decision in new[] { Pipeline(), FrenchModelOnly() })
        {
            if (decision != Decisions.Accepted)
            {
                throw new InvalidOperationException($"{_path} was decided {decision}, not accepted: the benchmark would not measure a full reading");
            }
        }
    }

    private static (ServiceProvider, ChecksPipeline, DocumentUnderCheckFactory) Build(string languages)
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddVerificationChecks(new ConfigurationBuilder()
            .AddInMemoryCollection([new("BirthCertificates:OcrLanguages", languages)]).Build());
        var provider = services.BuildServiceProvider();
        // Warm: the engine the checks rent is loaded before the first measured run, as the worker's warm-up does.
        provider.GetRequiredService<TesseractEnginePool>().WarmUpAsync([languages]).GetAwaiter().GetResult();
        return (provider, provider.GetRequiredService<ChecksPipeline>(), provider.GetRequiredService<DocumentUnderCheckFactory>());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // Wall time on a shared machine includes waiting for a core; CPU time does not.
        Console.WriteLine($"// {_measured}: CPU per operation (this process and its children): {_cpu.TotalMilliseconds / Math.Max(1, _operations):F0} ms over {_operations} operations");
        _services.Dispose();
        _frenchOnly.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    private TimeSpan _cpu;
    private TimeSpan _cpuAtStart;
    private int _operations;
    private string _measured = "";

    [IterationSetup]
    public void StartCpuClock() => _cpuAtStart = CpuTime.OfProcessAndChildren();

    [IterationCleanup]
    public void StopCpuClock()
    {
        _cpu += CpuTime.OfProcessAndChildren() - _cpuAtStart;
        _operations++;
    }

    [Benchmark(Baseline = true, Description = "pipeline: quality + page reading (warm engine) + rules")]
    public string Pipeline()
    {
        _measured = nameof(Pipeline);
        using var document = _factory.Create("certificate.pdf", DocumentTypes.BirthCertificate, _pdf, Applicant);
        return _pipeline.RunAsync(document, CancellationToken.None).GetAwaiter().GetResult().Decision;
    }

    [Benchmark(Description = "pipeline, French model only (BirthCertificates:OcrLanguages=fra)")]
    public string FrenchModelOnly()
    {
        _measured = nameof(FrenchModelOnly);
        using var document = _factory.Create("certificate.pdf", DocumentTypes.BirthCertificate, _pdf, Applicant);
        return _frenchOnlyPipeline.RunAsync(document, CancellationToken.None).GetAwaiter().GetResult().Decision;
    }

    [Benchmark(Description = "pdftoppm + tesseract CLI per page (model load each time) + same rules")]
    public PageRole[] CommandLine()
    {
        _measured = nameof(CommandLine);
        var prefix = Path.Combine(_work, "page");
        Run("pdftoppm", ["-r", "200", "-gray", _path, prefix]);
        var texts = Directory.GetFiles(_work, "page*.pgm").Order().Select((file, index) =>
        {
            var text = Run("tesseract", [file, "-", "-l", "fra+eng", "--psm", "3", "--dpi", "200"]);
            File.Delete(file);
            return new PageText(index + 1, PageTextSource.Ocr, text, 90, 0.02, 0, null);
        }).ToList();
        return PageRoles.Assign(texts, new BirthCertificateOptions()).Pages.Select(p => p.Role).ToArray();
    }

    private static readonly Applicant Applicant =
        new("GARCÍA MÁRQUEZ", "Ana María", new DateOnly(2001, 4, 12), "COL", "COL", new DateOnly(2026, 9, 1));

    private static string Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    /// <summary>
    /// Seconds per operation: one invocation per iteration, few iterations, pinned to one core. In
    /// process, because BenchmarkDotNet's generated project cannot restore MassTransit's package graph
    /// (NU1605) and the worker's native libraries load the same way in either case.
    /// </summary>
    private sealed class OneCoreSeconds : ManualConfig
    {
        public OneCoreSeconds() => AddJob(Job.Default.WithAffinity(1).WithWarmupCount(2).WithIterationCount(10)
            .WithInvocationCount(1).WithUnrollFactor(1)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: false)).WithId("one core"));
    }
}
