using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Imaging;
using Verification.Worker.Quality;

namespace Verification.Benchmarks;

/// <summary>
/// The quality gate (decode + focus + framing) on a 12 MP phone JPEG, on one core, against the
/// obvious alternative: the same measures through ImageMagick's command line.
/// </summary>
[Config(typeof(SingleCore))]
[MedianColumn, MemoryDiagnoser]
public class QualityGateBenchmarks
{
    private byte[] _jpeg = [];
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        _path = BenchmarkFiles.PhonePhoto12Mp;
        _jpeg = File.ReadAllBytes(_path);
    }

    [Benchmark(Baseline = true, Description = "in-process: DCT-scaled decode + measures")]
    public QualityMeasurements DctScaledDecode() => Measure(new DecodeOptions(MinWorkingLongSide: 1024));

    [Benchmark(Description = "in-process: full decode + measures")]
    public QualityMeasurements FullDecode() => Measure(new DecodeOptions(MinWorkingLongSide: int.MaxValue));

    [Benchmark(Description = "ImageMagick CLI: gray, resize, Laplacian deviation, trim box")]
    public string ImageMagickCommandLine()
    {
        // One process computing the same two things: a focus measure and the content's bounding box.
        var start = new ProcessStartInfo("/usr/bin/convert",
        [
            _path, "-colorspace", "Gray", "-resize", "1024x1024",
            "(", "+clone", "-define", "convolve:scale=!", "-morphology", "Convolve", "Laplacian:0",
            "-format", "%[fx:standard_deviation]\n", "-write", "info:", "+delete", ")",
            "-fuzz", "10%", "-format", "%@\n", "info:",
        ])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["MAGICK_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    private QualityMeasurements Measure(DecodeOptions options)
    {
        var decoded = ImageDecoder.Decode(_jpeg, options);
        var working = GrayImageScaler.ScaleToLongSide(decoded.Image!, 1024);
        return QualityAnalyzer.Measure(working, decoded.OriginalWidth, decoded.OriginalHeight);
    }

    /// <summary>
    /// In-process, because a generated benchmark project cannot restore this solution's packages from
    /// the registry here; one core comes from running the whole command under `taskset -c 0`, which the
    /// ImageMagick child process inherits too.
    /// </summary>
    private sealed class SingleCore : ManualConfig
    {
        public SingleCore() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("in-process"));
    }
}
