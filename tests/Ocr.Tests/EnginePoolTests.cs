using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace Ocr.Tests;

public sealed class EnginePoolTests(ITestOutputHelper output)
{
    private const string Sentence = "Assurance Maladie 2026";
    private static readonly Lazy<OcrImage> SmallLine = new(() => TestImages.Line(Sentence, 500, 80));
    private static readonly OcrRequest OneLine = new() { PageSegmentation = PageSegmentation.SingleLine };

    [Fact]
    public async Task Parallel_rents_never_share_an_engine()
    {
        using var pool = new TesseractEnginePool(new OcrOptions { PoolSize = 2 });
        var inUse = new ConcurrentDictionary<TesseractEngine, int>();
        int leased = 0, maxLeased = 0, overlaps = 0;
        var seen = new ConcurrentBag<TesseractEngine>();

        var workers = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            for (int i = 0; i < 4; i++)
            {
                using var lease = await pool.RentAsync("eng");
                int now = Interlocked.Increment(ref leased);
                InterlockedMax(ref maxLeased, now);
                if (inUse.AddOrUpdate(lease.Engine, 1, (_, n) => n + 1) > 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                seen.Add(lease.Engine);
                // Hold the first leases until both engines are out, so the pool is really contended.
                for (int wait = 0; Volatile.Read(ref maxLeased) < 2 && wait < 500; wait++)
                {
                    await Task.Delay(10);
                }

                var text = lease.Recognize(SmallLine.Value, OneLine).Text;
                Assert.Equal(Sentence, TextAssert.Squash(text));
                inUse.AddOrUpdate(lease.Engine, 0, (_, n) => n - 1);
                Interlocked.Decrement(ref leased);
            }
        })).ToArray();
        await Task.WhenAll(workers);

        Assert.Equal(0, overlaps);
        Assert.Equal(2, maxLeased);
        Assert.Equal(2, pool.CreatedCount("eng"));
        Assert.Equal(2, seen.Distinct().Count());
    }

    [Fact]
    public void A_whitelist_does_not_follow_the_engine_to_its_next_user()
    {
        using var pool = new TesseractEnginePool(new OcrOptions { PoolSize = 1 });
        TesseractEngine first;
        using (var lease = pool.Rent("eng"))
        {
            first = lease.Engine;
            var digitsOnly = lease.Recognize(SmallLine.Value, OneLine with { CharacterWhitelist = "0123456789" });
            Assert.DoesNotContain("Maladie", digitsOnly.Text);
        }

        using (var lease = pool.Rent("eng"))
        {
            Assert.Same(first, lease.Engine);
            Assert.Equal(string.Empty, lease.Engine.GetStringVariable("tessedit_char_whitelist"));
            Assert.Equal(Sentence, TextAssert.Squash(lease.Recognize(SmallLine.Value, OneLine).Text));
        }
    }

    [Theory]
    [InlineData("eng")]
    [InlineData("eng+fra")]
    public void A_warm_engine_skips_the_model_load(string languages)
    {
        using var pool = new TesseractEnginePool(new OcrOptions { PoolSize = 1 });
        var image = SmallLine.Value;

        var watch = Stopwatch.StartNew();
        TimeSpan load, firstCall;
        using (var lease = pool.Rent(languages))
        {
            load = lease.Engine.InitializationTime;
            lease.Recognize(image, OneLine);
            firstCall = watch.Elapsed;
        }

        var warm = new List<double>();
        for (int i = 0; i < 5; i++)
        {
            watch.Restart();
            using var lease = pool.Rent(languages);
            Assert.Equal(Sentence, TextAssert.Squash(lease.Recognize(image, OneLine).Text));
            warm.Add(watch.Elapsed.TotalMilliseconds);
        }

        double warmMedian = warm.Order().ElementAt(warm.Count / 2);
        output.WriteLine($"{languages}: model load {load.TotalMilliseconds:F0} ms; cold rent + first line " +
            $"{firstCall.TotalMilliseconds:F0} ms; warm rent + line median {warmMedian:F1} ms " +
            $"(min {warm.Min():F1}, max {warm.Max():F1})");
        Assert.True(warmMedian < firstCall.TotalMilliseconds / 2, $"warm {warmMedian:F0} ms vs cold {firstCall.TotalMilliseconds:F0} ms");
        Assert.Equal(1, pool.CreatedCount(languages));
    }

    [Fact]
    public void Renting_from_a_busy_pool_gives_up_after_the_timeout()
    {
        using var pool = new TesseractEnginePool(new OcrOptions { PoolSize = 1 });
        using var held = pool.Rent("eng");
        var watch = Stopwatch.StartNew();

        var error = Assert.Throws<TimeoutException>(() => pool.Rent("eng", TimeSpan.FromMilliseconds(200)));

        Assert.InRange(watch.ElapsedMilliseconds, 150, 2000);
        Assert.Contains("PoolSize", error.Message);
    }

    [Fact]
    public async Task Language_sets_have_pools_of_their_own()
    {
        using var pool = new TesseractEnginePool(new OcrOptions { PoolSize = 1 });
        using var english = pool.Rent("eng");

        using var french = await pool.RentAsync("fra", TimeSpan.FromSeconds(5));

        Assert.Equal("fra", french.Engine.Languages);
        Assert.NotSame(english.Engine, french.Engine);
    }

    [Fact]
    public async Task Warm_up_loads_every_engine_in_advance()
    {
        using var pool = new TesseractEnginePool(new OcrOptions { PoolSize = 2 });

        await pool.WarmUpAsync(["eng", "fra"]);

        Assert.Equal(2, pool.CreatedCount("eng"));
        Assert.Equal(2, pool.CreatedCount("fra"));
        using var a = pool.Rent("eng", TimeSpan.Zero);
        using var b = pool.Rent("eng", TimeSpan.Zero);
        Assert.Equal(2, pool.CreatedCount("eng"));
    }

    [Fact]
    public async Task AddOcr_binds_the_Ocr_section_and_warms_up_at_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ocr:TessdataPath"] = TesseractEngine.DefaultTessdataPath,
            ["Ocr:PoolSize"] = "3",
            ["Ocr:DefaultDeadlineMs"] = "1234",
            ["Ocr:WarmUpLanguages:0"] = "eng",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddOcr(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<OcrOptions>>().Value;
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        var pool = services.GetRequiredService<TesseractEnginePool>();
        Assert.Equal(3, options.PoolSize);
        Assert.Equal(3, pool.PoolSize);
        Assert.Equal(3, pool.CreatedCount("eng"));
        using var lease = pool.Rent("eng");
        Assert.Equal(TimeSpan.FromMilliseconds(1234), lease.Engine.DefaultDeadline);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
