using Xunit.Abstractions;

namespace Mrz.Tests;

/// <summary>
/// Damages thousands of valid generated zones with OCR-like misreadings and reads them back.
/// Only damage that something in the zone can reveal counts: a symbol the position's class forbids,
/// or a check digit that stops agreeing. Damage that keeps every check agreeing (a letter swapped for
/// another inside a TD3 name, G for 6 in a number, whose values are equal mod 10) cannot be seen by
/// any reader and is set aside.
/// </summary>
public sealed class RecoveryPropertyTests(ITestOutputHelper output)
{
    private static readonly MrzFormat[] Formats = [MrzFormat.TD1, MrzFormat.TD2, MrzFormat.TD3, MrzFormat.MRVA, MrzFormat.MRVB, MrzFormat.FrenchId];
    private const int CasesPerFormat = 600;

    private sealed record Tally(int Cases, int Recovered, int WrongButValid, int Unrevealing)
    {
        public double RecoveredShare => (double)Recovered / Cases;
        public double WrongShare => (double)WrongButValid / Cases;
    }

    private Tally Run(int errors, bool crossClassOnly, bool withAlternatives, int seed, bool fixedClassOnly = false)
    {
        var generator = new SyntheticMrz(seed);
        var random = new Random(seed + 1);
        int cases = 0, recovered = 0, wrongButValid = 0, unrevealing = 0;
        foreach (var format in Formats)
        {
            for (var i = 0; i < CasesPerFormat; i++)
            {
                var document = generator.Next(format);
                var layout = Layout(format);
                Func<int, int, bool>? where = fixedClassOnly ? (line, column) => layout.ClassAt(line, column) != CharClass.AlphaNumeric : null;
                var (damaged, damages) = OcrNoise.Corrupt(document.Lines, random, errors, crossClassOnly, where);
                // Every damage must show on its own and together (two can cancel out in a check sum): damage
                // that does not show is beyond any reader.
                if (!damages.All(d => Reveals(format, Apply(document.Lines, d), [d])) || !Reveals(format, damaged, damages))
                {
                    unrevealing++;
                    continue;
                }
                cases++;
                var reading = withAlternatives ? OcrNoise.WithAlternatives(damaged, damages, random) : MrzReading.FromLines(damaged);
                var result = MrzReader.Read(reading, Specimens.Today);
                Assert.NotNull(result);
                if (result.Lines.SequenceEqual(document.Lines)) recovered++;
                else if (result.Valid && !SameOnCheckedPositions(format, result.Lines, document.Lines))
                {
                    wrongButValid++;
                    if (wrongButValid <= 5)
                        output.WriteLine($"wrong but valid: {string.Join("/", document.Lines)} read {string.Join("/", damaged)} gave {string.Join("/", result.Lines)}");
                }
            }
        }
        var tally = new Tally(cases, recovered, wrongButValid, unrevealing);
        output.WriteLine($"{errors} {(crossClassOnly ? "cross-class" : "any")} misreading(s){(fixedClassOnly ? " where letters or digits only" : "")}, " +
                         $"{(withAlternatives ? "OCR alternatives" : "plain text")}: " +
                         $"{recovered}/{cases} recovered ({100 * tally.RecoveredShare:F2}%), {wrongButValid} wrong but valid " +
                         $"({100 * tally.WrongShare:F2}%), {unrevealing} unrevealing damages set aside");
        return tally;
    }

    /// <summary>
    /// 0/O, 1/I, 5/S, 8/B ... where the position admits only digits or only letters (dates, check digits,
    /// codes, names, sex), and filler read as K, X, S or C: the class or the zone's structure names the fix.
    /// </summary>
    [Fact]
    public void Recovers_99_percent_of_single_cross_class_misreadings_from_plain_text()
    {
        var tally = Run(errors: 1, crossClassOnly: true, withAlternatives: false, seed: 9303, fixedClassOnly: true);
        Assert.True(tally.RecoveredShare >= 0.99, $"{tally.Recovered}/{tally.Cases}");
        Assert.Equal(0, tally.WrongButValid);
    }

    /// <summary>
    /// In document numbers and optional data a letter may stand for a digit anywhere, so one check digit that
    /// fails does not say which symbol to change when several look-alike changes would satisfy it. From plain
    /// text those are reported failing, never guessed.
    /// </summary>
    [Fact]
    public void Never_guesses_a_single_cross_class_misreading_in_a_number_into_a_wrong_valid_zone()
    {
        var tally = Run(errors: 1, crossClassOnly: true, withAlternatives: false, seed: 1303);
        Assert.Equal(0, tally.WrongButValid);
        Assert.True(tally.RecoveredShare >= 0.85, $"{tally.Recovered}/{tally.Cases}");
    }

    [Fact]
    public void Recovers_99_percent_of_single_misreadings_when_the_ocr_offers_alternatives()
    {
        var tally = Run(errors: 1, crossClassOnly: false, withAlternatives: true, seed: 731);
        Assert.True(tally.RecoveredShare >= 0.99, $"{tally.Recovered}/{tally.Cases}");
        Assert.Equal(0, tally.WrongButValid);
    }

    /// <summary>
    /// A digit read as another digit (3 for 8) leaves one check digit failing and no clue to the position:
    /// from plain text such damage is often ambiguous, and must then be reported as failing, never guessed.
    /// </summary>
    [Fact]
    public void Never_guesses_a_single_same_class_misreading_into_a_wrong_valid_zone()
    {
        var tally = Run(errors: 1, crossClassOnly: false, withAlternatives: false, seed: 1974);
        Assert.Equal(0, tally.WrongButValid);
        Assert.True(tally.RecoveredShare >= 0.65, $"{tally.Recovered}/{tally.Cases}");
    }

    /// <summary>
    /// Two misreadings can turn one valid zone into text that a single misreading of another valid zone would
    /// also give; no reader can tell those apart, so a small share of wrong answers is unavoidable. With the
    /// OCR's alternatives the true characters are usually on offer and the share falls further.
    /// </summary>
    [Fact]
    public void Rarely_returns_a_wrong_zone_as_valid_after_two_misreadings()
    {
        var plain = Run(errors: 2, crossClassOnly: false, withAlternatives: false, seed: 4242);
        var withAlternatives = Run(errors: 2, crossClassOnly: false, withAlternatives: true, seed: 2424);
        Assert.True(plain.WrongShare <= 0.02, $"{plain.WrongButValid}/{plain.Cases}");
        Assert.True(withAlternatives.WrongShare <= 0.01, $"{withAlternatives.WrongButValid}/{withAlternatives.Cases}");
    }

    /// <summary>
    /// Whether the damaged text shows its damage: a symbol its position forbids, a failing check digit, or
    /// filler turned into a letter where only filler can be (inside the filler that ends a field, or in the
    /// "&lt;&lt;" between surname and given names when the field has no other).
    /// </summary>
    private static bool Reveals(MrzFormat format, string[] lines, OcrNoise.Damage[] damages)
    {
        var layout = Layout(format);
        if (damages.Any(d => !layout.ClassAt(d.Line, d.Column).Allows(d.Misread))) return true;
        var working = new WorkingMrz(layout, lines.Select(l => LineNormaliser.Normalise(MrzLineReading.FromText(l))).ToList());
        return !CheckEvaluator.AllValid(working) || damages.Any(d => d.Original == '<' && InsideFiller(layout, lines, d));
    }

    private static string[] Apply(string[] lines, OcrNoise.Damage damage) =>
        lines.Select((l, i) => i != damage.Line ? l : l[..damage.Column] + damage.Misread + l[(damage.Column + 1)..]).ToArray();

    private static bool InsideFiller(MrzLayout layout, string[] lines, OcrNoise.Damage damage)
    {
        var field = layout.Fields.FirstOrDefault(f => f.Span.Contains(damage.Line, damage.Column));
        if (field is null) return false;
        var text = lines[damage.Line].Substring(field.Span.Start, field.Span.Length);
        var at = damage.Column - field.Span.Start;
        // The last position of a names field may hold the first letter of a name cut by the issuer.
        var lastOfNames = field.Role is MrzFieldRole.Names or MrzFieldRole.Surname or MrzFieldRole.GivenNames && at == text.Length - 1;
        var trailing = at > 0 && !lastOfNames && text[at - 1] == '<' && text[(at + 1)..].All(c => c == '<');
        // Half of the surname separator, when no other place in the field could hold it.
        var body = text.TrimEnd('<');
        var halfSeparators = Enumerable.Range(1, Math.Max(0, body.Length - 3))
            .Count(i => (body[i] == '<') != (body[i + 1] == '<') && "<KXSC".Contains(body[i]) && "<KXSC".Contains(body[i + 1]));
        var separator = field.Role == MrzFieldRole.Names && halfSeparators == 1 &&
                        ((at > 0 && text[at - 1] == '<') || (at + 1 < text.Length && text[at + 1] == '<')) &&
                        !body.Contains("<<", StringComparison.Ordinal);
        return trailing || separator;
    }

    private static bool SameOnCheckedPositions(MrzFormat format, IReadOnlyList<string> actual, string[] expected)
    {
        var layout = Layout(format);
        foreach (var check in layout.Checks)
            foreach (var (line, column) in check.DataPositions().Append((check.Line, check.Column)))
                if (actual[line][column] != expected[line][column]) return false;
        return true;
    }

    private static MrzLayout Layout(MrzFormat format) => format switch
    {
        MrzFormat.TD1 => MrzLayouts.Td1,
        MrzFormat.TD2 => MrzLayouts.Td2,
        MrzFormat.TD3 => MrzLayouts.Td3,
        MrzFormat.MRVA => MrzLayouts.MrvA,
        MrzFormat.MRVB => MrzLayouts.MrvB,
        _ => MrzLayouts.FrenchId,
    };
}
