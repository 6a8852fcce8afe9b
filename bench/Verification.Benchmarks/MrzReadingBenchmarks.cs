using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Mrz;
using Ocr;
using Verification.Worker.Identity.Reading;

namespace Verification.Benchmarks;

/// <summary>
/// One passport image, from its bytes to the MRZ fields, on one core: our reader with a warm engine
/// against the tesseract command line on the whole page plus the same parser. A clean scan (PNG) and a
/// phone photo in perspective (JPEG); `--mrz-report` runs every passport of the fixtures for accuracy.
/// </summary>
[Config(typeof(OneCore))]
[MedianColumn, MinColumn, MaxColumn]
public class MrzReadingBenchmarks
{
    private TesseractEnginePool _pool = null!;
    private MrzZoneReader _reader = null!;
    private byte[] _content = [];
    private Imaging.GrayImage _page = null!;
    private string _path = "";
    private TimeSpan _cpu;
    private TimeSpan _cpuAtStart;
    private int _operations;
    private string _measured = "";

    [Params("clean/td3_05.png", "degraded/td3_05.jpg")]
    public string Image { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(MrzPassports.Directory, Image);
        _content = File.ReadAllBytes(_path);
        _page = MrzPassports.Decode(_content);
        (_pool, _reader) = MrzPassports.WarmReader();
        // Say what each reads on this image, so a fast failure is not mistaken for a fast reading.
        var (ours, commandLine) = (Ours(), CommandLine());
        Console.WriteLine($"// {Image}: ours {Describe(ours)}; command line {Describe(commandLine)}");
        _operations = 0;
        _cpu = TimeSpan.Zero;
    }

    private static string Describe(MrzResult? mrz) => mrz is null ? "no zone" : $"{mrz.Format}, valid {mrz.Valid}, {mrz.Surname}";

    [GlobalCleanup]
    public void Cleanup()
    {
        // Wall time on a shared machine includes waiting for a core; CPU time does not.
        Console.WriteLine($"// {_measured} {Image}: CPU per operation (this process and its children): {_cpu.TotalMilliseconds / Math.Max(1, _operations):F0} ms over {_operations} operations");
        _pool.Dispose();
    }

    [IterationSetup]
    public void StartCpuClock() => _cpuAtStart = CpuTime.OfProcessAndChildren();

    [IterationCleanup]
    public void StopCpuClock()
    {
        _cpu += CpuTime.OfProcessAndChildren() - _cpuAtStart;
        _operations++;
    }

    [Benchmark(Baseline = true, Description = "ours: decode + locate + line OCR (warm engine) + parser")]
    public MrzResult? Ours()
    {
        _measured = nameof(Ours);
        return MrzPassports.ReadWithPipeline(_reader, _content);
    }

    [Benchmark(Description = "ours, page already decoded (the worker decodes once for all checks)")]
    public MrzResult? OursDecodedPage()
    {
        _measured = nameof(OursDecodedPage);
        return MrzPassports.Read(_reader, _page);
    }

    [Benchmark(Description = "tesseract CLI on the whole page (whitelist) + same parser")]
    public MrzResult? CommandLine()
    {
        _measured = nameof(CommandLine);
        return MrzPassports.ReadWithCommandLine(_path);
    }

    /// <summary>One invocation per iteration, pinned to one core, in process (as the other benchmarks, for the same reasons).</summary>
    private sealed class OneCore : ManualConfig
    {
        public OneCore() => AddJob(Job.Default.WithAffinity(1).WithWarmupCount(3).WithIterationCount(15)
            .WithInvocationCount(1).WithUnrollFactor(1)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: false)).WithId("one core"));
    }
}
