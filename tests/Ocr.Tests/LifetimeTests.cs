using System.Runtime.InteropServices;
using Ocr.Native;
using Xunit.Abstractions;

namespace Ocr.Tests;

public sealed class LifetimeTests(ITestOutputHelper output)
{
    private static readonly OcrRequest OneLine = new() { PageSegmentation = PageSegmentation.SingleLine };

    [Fact]
    public void Disposing_an_engine_twice_is_harmless_and_later_use_is_refused()
    {
        var engine = new TesseractEngine("eng");
        var line = TestImages.Line("Lyon", 200);
        Assert.Equal("Lyon", engine.Recognize(line, OneLine).Text.Trim());

        engine.Dispose();
        engine.Dispose();

        Assert.Throws<ObjectDisposedException>(() => engine.Recognize(line, OneLine));
    }

    [Fact]
    public void Engines_give_their_native_memory_back()
    {
        // glibc keeps freed pages for reuse, so a one-off comparison says little; a leak shows as
        // resident memory growing with every engine created and disposed on the same thread.
        var blank = TestImages.Line(" ", 600);
        using (var warm = new TesseractEngine("eng"))
        {
            warm.Recognize(blank, OneLine);
        }

        long before = ResidentBytes();
        for (int i = 0; i < 20; i++)
        {
            using var engine = new TesseractEngine("eng");
            engine.Recognize(blank, OneLine);
        }

        long growth = ResidentBytes() - before;
        output.WriteLine($"resident memory after 20 eng engines created and disposed: {growth / 1048576.0:+0.0;-0.0} MB");
        // An eng engine holds about 9 MB; 20 leaked ones would add about 180 MB.
        Assert.True(growth < 60L * 1024 * 1024, $"grew by {growth / 1048576} MB");
    }

    [Fact]
    public void Disposing_the_pool_frees_idle_and_rented_engines()
    {
        var pool = new TesseractEnginePool(new OcrOptions { PoolSize = 2 });
        var idle = pool.Rent("eng");
        var idleEngine = idle.Engine;
        idle.Dispose();
        var rented = pool.Rent("eng");
        var rentedEngine = rented.Engine;
        var line = TestImages.Line("Paris", 200);

        pool.Dispose();
        pool.Dispose();

        Assert.Throws<ObjectDisposedException>(() => rentedEngine.Recognize(line, OneLine));
        Assert.Throws<ObjectDisposedException>(() => idleEngine.Recognize(line, OneLine));
        Assert.Throws<ObjectDisposedException>(() => pool.Rent("eng"));
        rented.Dispose();
        rented.Dispose();
        Assert.Throws<ObjectDisposedException>(() => rented.Engine);
    }

    [Fact]
    public void A_missing_language_names_the_path_and_the_package_to_install()
    {
        var error = Assert.Throws<OcrInitializationException>(() => new TesseractEngine("eng+kor"));

        Assert.Contains("/usr/share/tesseract-ocr/5/tessdata/kor.traineddata", error.Message);
        Assert.Contains("apt-get install -y tesseract-ocr-kor", error.Message);
        Assert.DoesNotContain("tesseract-ocr-eng", error.Message);
    }

    [Fact]
    public void A_wrong_tessdata_path_is_reported_with_the_path()
    {
        var error = Assert.Throws<OcrInitializationException>(() => new TesseractEngine("eng", "/nonexistent/tessdata"));

        Assert.Contains("/nonexistent/tessdata", error.Message);
        Assert.Contains("tesseract-ocr-eng", error.Message);
    }

    [Fact]
    public void The_legacy_engine_mode_fails_with_an_explanation()
    {
        // Debian's models are LSTM-only, so Tesseract itself refuses; the message must say why.
        var error = Assert.Throws<OcrInitializationException>(() => new TesseractEngine("eng", engineMode: OcrEngineMode.TesseractOnly));

        Assert.Contains("LstmOnly", error.Message);
    }

    [Theory]
    [InlineData("../eng")]
    [InlineData("eng fra")]
    [InlineData("eng+")]
    public void Language_sets_that_are_not_model_names_are_refused(string languages)
    {
        Assert.Throws<ArgumentException>(() => new TesseractEngine(languages));
    }

    [Fact]
    public async Task A_second_caller_on_a_busy_engine_is_refused()
    {
        using var engine = new TesseractEngine("eng");
        var page = TestImages.Text(Enumerable.Repeat("Attestation de ressources suffisantes pour le séjour", 30).ToList(), 1400, 1700, lineHeight: 52);
        var line = TestImages.Line("Lyon", 200);
        var slow = Task.Run(() => engine.Recognize(page, new OcrRequest { PageSegmentation = PageSegmentation.SingleBlock }));
        SpinWait.SpinUntil(() => engine.IsBusy || slow.IsCompleted, TimeSpan.FromSeconds(5));

        Assert.Throws<InvalidOperationException>(() => engine.Recognize(line, OneLine));
        Assert.False((await slow).TimedOut);
    }

    [Fact]
    public void Native_setup_limits_OpenMP_to_one_thread_and_loads_Tesseract_5()
    {
        Assert.StartsWith("5.", TesseractEngine.NativeVersion);
        // Read back from the C runtime, the environment libgomp actually sees.
        var limit = Marshal.PtrToStringUTF8(TesseractNative.GetEnv(TesseractNative.OmpThreadLimit));
        Assert.Equal(Environment.GetEnvironmentVariable("OMP_THREAD_LIMIT") is { } set && set != "1" ? set : "1", limit);
    }

    private static long ResidentBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        // VmRSS counts native allocations, which the GC's figures do not.
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }
}
