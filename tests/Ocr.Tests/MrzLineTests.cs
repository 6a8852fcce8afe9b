using Xunit.Abstractions;

namespace Ocr.Tests;

/// <summary>
/// What the stock "eng" model makes of OCR-B machine-readable zones, one line at a time, as the MRZ
/// reader will call it. Digits must come out right; the filler '&lt;' is only reported, because the
/// stock model is known to read runs of it as K, X, S or C and the MRZ reader repairs that.
/// </summary>
public sealed class MrzLineTests(EngineFixture engines, ITestOutputHelper output) : IClassFixture<EngineFixture>
{
    private const string MrzAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";

    // ICAO 9303 specimens (TD3 passport, TD1 card, MRV-A visa) and a made-up French passport.
    private static readonly string[] Lines =
    [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L8988901C4XXX4009078F96121096ZE184226B<<<<<<",
        "P<FRADUPONT<<MARIE<CLAIRE<<<<<<<<<<<<<<<<<<<",
        "19AB123456FRA0203154F3107148<<<<<<<<<<<<<<04",
    ];

    private static readonly OcrRequest MrzLine = new()
    {
        PageSegmentation = PageSegmentation.SingleLine,
        CharacterWhitelist = MrzAlphabet,
    };

    [Theory]
    [InlineData(36)]
    [InlineData(26)]
    public void Reads_the_digits_of_OCR_B_MRZ_lines(int pointSize)
    {
        var engine = engines.Get("eng");
        int fillers = 0, fillersRight = 0, digits = 0, digitsRight = 0, chars = 0, charsRight = 0;
        var misreadDigits = new List<string>();

        foreach (var truth in Lines)
        {
            var image = TestImages.Line(truth, 1300, 2 * pointSize + 30, TestImages.OcrB, pointSize);
            var read = engine.Recognize(image, MrzLine).Text.Trim().Replace(" ", "");
            output.WriteLine($"{truth}\n{read}{(read.Length == truth.Length ? "" : $"   <- {read.Length} chars, not {truth.Length}")}\n");

            Assert.All(read, c => Assert.Contains(c, MrzAlphabet));
            // Aligned by edit distance: a filler read as "<K" shifts every later position by one,
            // and that is a filler error, not a digit error.
            var aligned = Align(truth, read);
            for (int i = 0; i < truth.Length; i++)
            {
                char got = aligned[i];
                chars++;
                charsRight += got == truth[i] ? 1 : 0;
                if (truth[i] == '<')
                {
                    fillers++;
                    fillersRight += got == '<' ? 1 : 0;
                }
                else if (char.IsAsciiDigit(truth[i]))
                {
                    digits++;
                    digitsRight += got == truth[i] ? 1 : 0;
                    if (got != truth[i])
                    {
                        misreadDigits.Add($"{truth}[{i}] '{truth[i]}' read '{got}'");
                    }
                }
            }
        }

        output.WriteLine($"OCR-B {pointSize} pt, eng, whitelist, single line: " +
            $"characters {charsRight}/{chars}, digits {digitsRight}/{digits}, filler '<' {fillersRight}/{fillers} " +
            $"({100.0 * fillersRight / fillers:F0}%)");
        Assert.Empty(misreadDigits);
    }

    /// <summary>For each character of <paramref name="truth"/>, the character of <paramref name="read"/>
    /// it lines up with in a minimal edit script, or ' ' where it was dropped.</summary>
    private static char[] Align(string truth, string read)
    {
        var cost = new int[truth.Length + 1, read.Length + 1];
        for (int i = 0; i <= truth.Length; i++)
        {
            cost[i, 0] = i;
        }

        for (int j = 0; j <= read.Length; j++)
        {
            cost[0, j] = j;
        }

        for (int i = 1; i <= truth.Length; i++)
        {
            for (int j = 1; j <= read.Length; j++)
            {
                int substitute = cost[i - 1, j - 1] + (truth[i - 1] == read[j - 1] ? 0 : 1);
                cost[i, j] = Math.Min(substitute, Math.Min(cost[i - 1, j], cost[i, j - 1]) + 1);
            }
        }

        var aligned = new char[truth.Length];
        int t = truth.Length, r = read.Length;
        while (t > 0)
        {
            if (r > 0 && cost[t, r] == cost[t - 1, r - 1] + (truth[t - 1] == read[r - 1] ? 0 : 1))
            {
                aligned[--t] = read[--r];
            }
            else if (r > 0 && cost[t, r] == cost[t, r - 1] + 1)
            {
                r--;
            }
            else
            {
                aligned[--t] = ' ';
            }
        }

        return aligned;
    }
}
