namespace Mrz.Tests;

/// <summary>
/// Misreadings an OCR engine makes on OCR-B, per character: filler read as K/X/S/C, digits and letters
/// swapped with their look-alikes. Used to damage valid zones the way real scans do.
/// </summary>
internal static class OcrNoise
{
    /// <summary>Every misreading the noise draws from: cross-class look-alikes and same-class ones (3/8, E/F).</summary>
    private static readonly Dictionary<char, string> AnyConfusion = new()
    {
        ['<'] = "KXSC",
        ['0'] = "ODQ8", ['1'] = "IL7", ['2'] = "Z7", ['3'] = "8B", ['4'] = "A1", ['5'] = "S6", ['6'] = "G58",
        ['7'] = "T1", ['8'] = "B36", ['9'] = "8",
        ['O'] = "0QD", ['I'] = "1L", ['L'] = "1I", ['B'] = "8E", ['S'] = "58", ['Z'] = "2", ['G'] = "6C", ['D'] = "0O",
        ['Q'] = "O0", ['E'] = "FB", ['F'] = "EP", ['M'] = "NH", ['N'] = "MH", ['A'] = "4", ['T'] = "7", ['U'] = "V0",
        ['C'] = "G", ['K'] = "X", ['P'] = "F", ['R'] = "P", ['H'] = "N", ['V'] = "U", ['Y'] = "V",
    };

    /// <summary>
    /// The classic OCR-B confusions across classes, each a symbol's closest look-alike of the other kind
    /// (0/O, 1/I, 2/Z, 5/S, 6/G, 8/B), and filler read as K, X, S or C.
    /// </summary>
    private static readonly Dictionary<char, string> CrossClassConfusion = new()
    {
        ['<'] = "KXSC",
        ['0'] = "O", ['1'] = "I", ['2'] = "Z", ['5'] = "S", ['6'] = "G", ['8'] = "B",
        ['O'] = "0", ['I'] = "1", ['Z'] = "2", ['S'] = "5", ['G'] = "6", ['B'] = "8",
    };

    public readonly record struct Damage(int Line, int Column, char Original, char Misread);

    /// <summary>Replaces <paramref name="count"/> distinct positions with a look-alike.</summary>
    public static (string[] Lines, Damage[] Damages) Corrupt(string[] lines, Random random, int count, bool crossClassOnly,
        Func<int, int, bool>? where = null)
    {
        var confusions = crossClassOnly ? CrossClassConfusion : AnyConfusion;
        where ??= (_, _) => true;
        var chars = lines.Select(l => l.ToCharArray()).ToArray();
        var damages = new List<Damage>();
        while (damages.Count < count)
        {
            var line = random.Next(chars.Length);
            var column = random.Next(chars[line].Length);
            var original = chars[line][column];
            if (!where(line, column) || damages.Any(d => d.Line == line && d.Column == column) || !confusions.TryGetValue(original, out var misreads)) continue;
            var misread = misreads[random.Next(misreads.Length)];
            chars[line][column] = misread;
            damages.Add(new Damage(line, column, original, misread));
        }
        return (chars.Select(c => new string(c)).ToArray(), damages.ToArray());
    }

    /// <summary>
    /// The same text as an OCR engine with per-symbol choices would report it: a misread symbol is an
    /// uncertain one, with the true character as a runner-up not far behind; an intact symbol is confident,
    /// with an unrelated look-alike as a weak runner-up.
    /// </summary>
    public static MrzReading WithAlternatives(string[] lines, Damage[] damages, Random random) =>
        new(lines.Select((text, line) => new MrzLineReading(text.Select((c, column) =>
        {
            var damage = damages.FirstOrDefault(d => d.Line == line && d.Column == column);
            if (damage.Misread != '\0')
            {
                var uncertain = 0.4f + 0.3f * random.NextSingle();
                return new MrzCharCandidates(c, uncertain, [new MrzCharAlternative(damage.Original, uncertain * (0.7f + 0.25f * random.NextSingle()))]);
            }
            var confident = 0.85f + 0.15f * random.NextSingle();
            var decoy = AnyConfusion.TryGetValue(c, out var misreads) ? misreads[random.Next(misreads.Length)] : c;
            return new MrzCharCandidates(c, confident, decoy == c ? [] : [new MrzCharAlternative(decoy, 0.05f + 0.25f * random.NextSingle())]);
        }).ToArray())).ToArray());
}
