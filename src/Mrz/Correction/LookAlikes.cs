namespace Mrz;

/// <summary>
/// Characters OCR engines confuse on OCR-B. Costs rank substitutions for the check-digit search:
/// a strong confusion (O/0) is cheaper than a weak one (3/8), so the likelier reading wins a tie.
/// </summary>
internal static class LookAlikes
{
    public const char Filler = '<';
    public const float StrongCost = 1.0f;
    public const float WeakCost = 1.4f;
    public const float FillerCost = 1.0f;

    /// <summary>
    /// Letters the stock OCR model returns for '&lt;'. They are also ordinary letters of names and numbers,
    /// so only context (runs, the field's structure) may turn them into filler.
    /// </summary>
    public static bool IsFillerLetter(char c) => c is 'K' or 'X' or 'S' or 'C';

    /// <summary>Chevron-like symbols that never occur in an MRZ: always filler.</summary>
    public static bool IsFillerSymbol(char c) =>
        c is '«' or '‹' or '»' or '(' or '[' or '{' or '≤' or '＜' or '〈' or '⟨' or '‘' or '<';

    public static bool IsFillerLike(char c) => c == Filler || IsFillerLetter(c);

    /// <summary>The digit a letter is usually misread for, on a position that only admits digits.</summary>
    public static char? LetterToDigit(char c) => c switch
    {
        'O' or 'Q' or 'D' or 'U' => '0',
        'I' or 'L' or 'J' => '1',
        'Z' => '2',
        'A' => '4',
        'S' => '5',
        'G' => '6',
        'T' => '7',
        'B' => '8',
        _ => null,
    };

    /// <summary>The letter a digit is usually misread for, on a position that only admits letters.</summary>
    public static char? DigitToLetter(char c) => c switch
    {
        '0' => 'O',
        '1' => 'I',
        '2' => 'Z',
        '4' => 'A',
        '5' => 'S',
        '6' => 'G',
        '7' => 'T',
        '8' => 'B',
        _ => null,
    };

    /// <summary>What an unexpected symbol in the sex position most likely was.</summary>
    public static char? ToSex(char c) => c switch
    {
        'N' or 'H' or 'W' => 'M',
        'E' or 'P' or 'R' => 'F',
        'K' or 'S' or 'C' => Filler,
        _ => null,
    };

    private static readonly Dictionary<char, List<(char Char, float Cost)>> Partners = BuildPartners();

    /// <summary>Characters OCR confuses with c, cheapest first; the caller filters them by position class.</summary>
    public static IReadOnlyList<(char Char, float Cost)> PartnersOf(char c) =>
        Partners.TryGetValue(c, out var list) ? list : [];

    private static Dictionary<char, List<(char, float)>> BuildPartners()
    {
        var strong = new[] { "O0", "Q0", "D0", "U0", "I1", "L1", "J1", "Z2", "A4", "S5", "G6", "T7", "B8" };
        var weak = new[]
        {
            "08", "06", "09", "17", "14", "27", "38", "39", "35", "56", "68", "89", "S8", "B3",
            "OQ", "OD", "CG", "EF", "FP", "PR", "MN", "HN", "HM", "UV", "IL", "KX", "BE", "VY",
        };
        var partners = new Dictionary<char, List<(char, float)>>();
        void Add(char a, char b, float cost)
        {
            if (!partners.TryGetValue(a, out var list)) partners[a] = list = [];
            list.Add((b, cost));
        }
        foreach (var pair in strong) { Add(pair[0], pair[1], StrongCost); Add(pair[1], pair[0], StrongCost); }
        foreach (var pair in weak) { Add(pair[0], pair[1], WeakCost); Add(pair[1], pair[0], WeakCost); }
        foreach (var letter in "KXSC") Add(letter, Filler, FillerCost);
        foreach (var list in partners.Values) list.Sort((x, y) => x.Item2.CompareTo(y.Item2));
        return partners;
    }
}
