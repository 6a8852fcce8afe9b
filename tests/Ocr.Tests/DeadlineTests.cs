using System.Diagnostics;
using Xunit.Abstractions;

namespace Ocr.Tests;

public sealed class DeadlineTests(EngineFixture engines, ITestOutputHelper output) : IClassFixture<EngineFixture>
{
    private static readonly Lazy<OcrImage> LongPage = new(() =>
    {
        var words = "certificat de scolarité université année inscription étudiant santé assurance maladie registre".Split(' ');
        var random = new Random(7);
        var lines = Enumerable.Range(0, 40)
            .Select(_ => string.Join(' ', Enumerable.Range(0, 9).Select(_ => words[random.Next(words.Length)])))
            .ToList();
        return TestImages.Text(lines, 1700, 2200, pointSize: 30, lineHeight: 52);
    });

    private static readonly OcrRequest Block = new() { PageSegmentation = PageSegmentation.SingleBlock };

    [Fact]
    public void A_deadline_cuts_recognition_of_a_long_page_short()
    {
        var engine = engines.Get("fra");
        var full = engine.Recognize(LongPage.Value, Block with { Deadline = TimeSpan.FromMinutes(1) });

        var cut = engine.Recognize(LongPage.Value, Block with { Deadline = TimeSpan.FromMilliseconds(50) });

        output.WriteLine($"40-line page: full {full.Elapsed.TotalMilliseconds:F0} ms, {full.Text.Length} chars; " +
            $"50 ms deadline: {cut.Elapsed.TotalMilliseconds:F0} ms, {cut.Text.Trim().Length} chars, progress {cut.Progress}%");
        Assert.False(full.TimedOut);
        Assert.Equal(100, full.Progress);
        Assert.Equal(40, full.Lines.Count);
        Assert.True(cut.TimedOut);
        Assert.InRange(cut.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.True(cut.Elapsed < full.Elapsed / 2, "the deadline should stop well before the full recognition time");
        Assert.True(cut.Text.Trim().Length < full.Text.Trim().Length / 2, "words after the deadline are left empty");
    }

    [Fact]
    public void A_deadline_mid_page_keeps_the_lines_read_before_it()
    {
        var engine = engines.Get("fra");
        var full = engine.Recognize(LongPage.Value, Block with { Deadline = TimeSpan.FromMinutes(1) });

        var half = engine.Recognize(LongPage.Value, Block with { Deadline = full.Elapsed * 0.4 });

        var read = half.Lines.Count(l => l.Text.Trim().Length > 0);
        output.WriteLine($"deadline {(full.Elapsed * 0.4).TotalMilliseconds:F0} ms: stopped after {half.Elapsed.TotalMilliseconds:F0} ms " +
            $"at {half.Progress}% with {read} of {full.Lines.Count} lines read");
        Assert.True(half.TimedOut);
        Assert.InRange(read, 1, full.Lines.Count - 1);
        Assert.InRange(half.Progress, 1, 99);
        // What was read before the deadline is the same text as in the full run.
        Assert.Equal(full.Lines[0].Text, half.Lines[0].Text);
    }

    [Fact]
    public void A_noise_page_returns_at_once_without_reaching_layout_analysis()
    {
        var (engine, noise) = (engines.Get("eng"), TestImages.Noise(4000, 4000));
        var watch = Stopwatch.StartNew();

        var result = engine.Recognize(noise, new OcrRequest { Deadline = TimeSpan.FromMilliseconds(50) });

        watch.Stop();
        output.WriteLine($"4000x4000 noise, 50 ms deadline: returned in {watch.ElapsedMilliseconds} ms, skipped as noise: {result.SkippedAsNoise}");
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.True(result.SkippedAsNoise);
        Assert.Empty(result.Text);
        Assert.Empty(result.Lines);
        // The early return leaves the engine ready for the next page.
        Assert.Equal("Lyon", engine.Recognize(TestImages.Line("Lyon", 200), Block).Text.Trim());
    }

    [Fact]
    public void A_printed_page_is_not_mistaken_for_noise()
    {
        // 3.7 megapixels, above the size at which the noise check applies.
        var result = engines.Get("fra").Recognize(LongPage.Value, Block);

        Assert.False(result.SkippedAsNoise);
        Assert.Contains("université", result.Text);
    }

    [Fact]
    public void Cancellation_stops_recognition_between_words()
    {
        var (engine, page) = (engines.Get("fra"), LongPage.Value);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var watch = Stopwatch.StartNew();

        Assert.Throws<OperationCanceledException>(() =>
            engine.Recognize(page, Block with { Deadline = TimeSpan.FromMinutes(1) }, cancel.Token));

        output.WriteLine($"cancelled after {watch.ElapsedMilliseconds} ms");
        // Layout analysis runs first and cannot be interrupted (≈0.2 s here); the full page takes ≈2 s.
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1.5));
        // The engine is clean and usable afterwards.
        Assert.Contains("université", engine.Recognize(page, Block).Text);
    }

    [Fact]
    public void Every_recognition_has_a_finite_deadline()
    {
        var line = TestImages.Line("deadline", 300);
        var engine = engines.Get("eng");

        Assert.Throws<ArgumentException>(() => engine.Recognize(line, new OcrRequest { Deadline = Timeout.InfiniteTimeSpan }));
        Assert.Throws<ArgumentException>(() => engine.Recognize(line, new OcrRequest { Deadline = TimeSpan.Zero }));
    }
}
