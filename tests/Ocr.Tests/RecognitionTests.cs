using Xunit.Abstractions;

namespace Ocr.Tests;

public sealed class RecognitionTests(EngineFixture engines, ITestOutputHelper output) : IClassFixture<EngineFixture>
{
    private static readonly OcrRequest OneLine = new() { PageSegmentation = PageSegmentation.SingleLine };

    [Fact]
    public void Reads_an_English_sentence()
    {
        var image = TestImages.Line("The quick brown fox jumps over the lazy dog.", 1100);

        var result = engines.Get("eng").Recognize(image, OneLine);

        Assert.Equal("The quick brown fox jumps over the lazy dog.", TextAssert.Squash(result.Text));
        Assert.False(result.TimedOut);
        Assert.InRange(result.MeanConfidence, 80, 100);
    }

    [Theory]
    [InlineData("fra")]
    [InlineData("fra+eng")]
    public void Reads_a_French_sentence_with_accents(string languages)
    {
        var image = TestImages.Line("Université de Lyon, année 2026-2027", 900);

        var result = engines.Get(languages).Recognize(image, OneLine);

        Assert.Equal("Université de Lyon, année 2026-2027", TextAssert.Squash(result.Text));
    }

    [Fact]
    public void Reads_lines_top_to_bottom_with_their_boxes_and_confidences()
    {
        string[] lines = ["Certificat de scolarité", "Année universitaire 2026-2027", "Nom : DUPONT Marie"];
        var image = TestImages.Text(lines, 900, 220, lineHeight: 60);

        var result = engines.Get("fra").Recognize(image, new OcrRequest { PageSegmentation = PageSegmentation.SingleBlock });

        Assert.Equal(lines, result.Lines.Select(l => TextAssert.Squash(l.Text)));
        Assert.All(result.Lines, l =>
        {
            Assert.InRange(l.Bounds.Left, 30, 60);
            Assert.InRange(l.Bounds.Right, 100, 900);
            Assert.InRange(l.Confidence, 70f, 100f);
            Assert.Empty(l.Symbols);
        });
        Assert.True(result.Lines[0].Bounds.Bottom <= result.Lines[1].Bounds.Top);
        Assert.True(result.Lines[1].Bounds.Bottom <= result.Lines[2].Bounds.Top);

        // With symbols, each line gets its own characters, inside its own box.
        var detailed = engines.Get("fra").Recognize(image, new OcrRequest { PageSegmentation = PageSegmentation.SingleBlock, IncludeAlternatives = true });
        Assert.Equal(3, detailed.Lines.Count);
        Assert.All(detailed.Lines, l =>
        {
            Assert.Equal(l.Text.Replace(" ", ""), string.Concat(l.Symbols.Select(s => s.Text)));
            Assert.All(l.Symbols, s => Assert.InRange(s.Bounds.Top, l.Bounds.Top, l.Bounds.Bottom));
        });
    }

    [Fact]
    public void A_blank_page_reads_as_no_text()
    {
        var blank = new OcrImage(Enumerable.Repeat((byte)255, 800 * 600).ToArray(), 800, 600);

        var result = engines.Get("eng").Recognize(blank, OcrRequest.Default);

        Assert.Equal(string.Empty, result.Text.Trim());
        Assert.DoesNotContain(result.Lines, l => l.Text.Trim().Length > 0);
        Assert.False(result.TimedOut);
    }

    [Fact]
    public void Row_padding_beyond_the_width_is_ignored()
    {
        var tight = TestImages.Line("Caisse primaire", 400);
        const int stride = 400 + 13;
        var padded = new byte[stride * tight.Height];
        for (int y = 0; y < tight.Height; y++)
        {
            // Black padding: read as part of the image, it would show up as a vertical bar.
            padded.AsSpan(y * stride, stride).Fill(0);
            tight.Pixels.AsSpan(y * 400, 400).CopyTo(padded.AsSpan(y * stride));
        }

        var result = engines.Get("fra").Recognize(new OcrImage(padded, 400, tight.Height, stride), OneLine);

        Assert.Equal("Caisse primaire", TextAssert.Squash(result.Text));
    }

    [Fact]
    public void Reads_only_the_requested_region()
    {
        var image = TestImages.Text(["FIRST LINE OF TEXT", "SECOND LINE OF TEXT"], 800, 200, lineHeight: 80);

        var result = engines.Get("eng").Recognize(image, OneLine with { Region = new OcrRectangle(0, 100, 800, 100) });

        Assert.Equal("SECOND LINE OF TEXT", TextAssert.Squash(result.Text));
        // Boxes stay in whole-image coordinates.
        Assert.InRange(result.Lines.Single().Bounds.Top, 100, 200);
    }

    [Fact]
    public void Returns_per_symbol_alternatives_when_asked()
    {
        var image = TestImages.Line("Dossier 0O1Il 5S8B", 700);
        var engine = engines.Get("eng");

        var plain = engine.Recognize(image, OneLine);
        var detailed = engine.Recognize(image, OneLine with { IncludeAlternatives = true });

        Assert.All(plain.Lines, l => Assert.Empty(l.Symbols));
        var symbols = detailed.Lines.SelectMany(l => l.Symbols).ToList();
        Assert.Equal(TextAssert.Squash(detailed.Text).Replace(" ", ""), string.Concat(symbols.Select(s => s.Text)));
        Assert.All(symbols, s =>
        {
            Assert.NotEmpty(s.Alternatives);
            Assert.True(s.Bounds.Width > 0 && s.Bounds.Height > 0);
        });
        // The best alternative is normally the symbol itself; look-alikes come with it.
        Assert.True(symbols.Count(s => s.Alternatives[0].Text == s.Text) >= symbols.Count * 9 / 10);
        Assert.Contains(symbols, s => s.Alternatives.Count > 1);
        foreach (var s in symbols)
        {
            output.WriteLine($"{s.Text} {s.Confidence:F1}: {string.Join(", ", s.Alternatives.Select(a => $"{a.Text}={a.Confidence:F1}"))}");
        }
    }

    [Fact]
    public void Whitelist_limits_the_characters_read()
    {
        var image = TestImages.Line("Invoice 2026 total 4815", 700);

        var result = engines.Get("eng").Recognize(image, OneLine with { CharacterWhitelist = "0123456789" });

        Assert.All(TextAssert.Squash(result.Text).Replace(" ", ""), c => Assert.True(char.IsAsciiDigit(c), $"'{c}' is not a digit"));
        Assert.Contains("2026", result.Text);
        Assert.Contains("4815", result.Text);
    }
}
