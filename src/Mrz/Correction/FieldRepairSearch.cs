namespace Mrz;

internal readonly record struct CellChange(int Line, int Column, char Char);

/// <summary>A set of substitutions and its cost; with no substitutions it stands for "keep as read".</summary>
internal sealed record RepairOption(IReadOnlyList<CellChange> Changes, float Cost)
{
    public static readonly RepairOption KeepAsRead = new([], 0f);
}

/// <summary>
/// Bounded search (at most two substitutions) for the cheapest substitutions that make one check digit agree. Check digits are
/// linear mod 10, so each candidate substitution shifts the field's residue by a fixed amount and
/// validity is a sum; substitutions that do not shift it (K for filler, G for 6) can never be needed and
/// are left out, which also keeps them from posing as rival answers.
/// </summary>
internal static class FieldRepairSearch
{
    public const int MaxOptions = 6;
    private const int MaxCombinations = 20_000;

    internal readonly record struct Position(int Line, int Column, int Weight, bool IsCheckDigit);

    internal readonly record struct Candidate(char Char, float Cost, int Delta);

    /// <summary>Options that make the check agree, cheapest first; "keep as read" first when it already agrees; empty when none is within reach.</summary>
    public static IReadOnlyList<RepairOption> Search(WorkingMrz mrz, MrzCheckSpec check)
    {
        var positions = PositionsOf(check);
        var residue = Residue(mrz, positions);
        var candidates = positions.Select(p => CandidatesAt(mrz, p)).ToArray();
        // Positions whose current symbol cannot stand: an unreadable check digit, a symbol inserted unseen.
        var mustChange = positions.Select((p, i) => MustChange(mrz, p) ? i : -1).Where(i => i >= 0).ToArray();
        bool Covers(params int[] changed) => mustChange.All(changed.Contains);

        var options = new List<RepairOption>();
        if (residue == 0 && mustChange.Length == 0) options.Add(RepairOption.KeepAsRead);
        var combinations = 0;
        for (var i = 0; i < positions.Count; i++)
        {
            foreach (var a in candidates[i])
            {
                if ((residue + a.Delta) % 10 == 0 && Covers(i))
                    options.Add(new([Change(positions[i], a)], a.Cost));
                for (var j = i + 1; j < positions.Count; j++)
                {
                    foreach (var b in candidates[j])
                    {
                        if (++combinations > MaxCombinations) return Ranked(mrz, check, options);
                        if ((residue + a.Delta + b.Delta) % 10 != 0 || !Covers(i, j)) continue;
                        options.Add(new([Change(positions[i], a), Change(positions[j], b)], a.Cost + b.Cost));
                    }
                }
            }
        }
        return Ranked(mrz, check, options);
    }

    internal static bool MustChange(WorkingMrz mrz, Position position)
    {
        var cell = mrz[position.Line, position.Column];
        return cell.Wildcard || (position.IsCheckDigit && !IsCheckDigitChar(cell.Value));
    }

    private static IReadOnlyList<RepairOption> Ranked(WorkingMrz mrz, MrzCheckSpec check, List<RepairOption> options) =>
        options.Where(o => o.Changes.Count == 0 || YieldsPossibleDate(mrz, check, o))
            .OrderBy(o => o.Cost).ThenBy(o => o.Changes.Count).Take(MaxOptions).ToArray();

    /// <summary>A repair that makes a date check agree but leaves month 48 or day 35 is no repair.</summary>
    private static bool YieldsPossibleDate(WorkingMrz mrz, MrzCheckSpec check, RepairOption option)
    {
        if (check.Kind is not (MrzCheckKind.DateOfBirth or MrzCheckKind.ExpiryDate)) return true;
        var date = check.DataPositions()
            .Select(p => option.Changes.FirstOrDefault(c => c.Line == p.Line && c.Column == p.Column) is { Char: not '\0' } change
                ? change.Char
                : mrz.CharAt(p.Line, p.Column))
            .ToArray();
        static bool Part(char[] d, int at, int max) =>
            (d[at] == LookAlikes.Filler && d[at + 1] == LookAlikes.Filler) ||
            (char.IsAsciiDigit(d[at]) && char.IsAsciiDigit(d[at + 1]) && (d[at] - '0') * 10 + (d[at + 1] - '0') is var v && v >= 1 && v <= max);
        return char.IsAsciiDigit(date[0]) && char.IsAsciiDigit(date[1]) && Part(date, 2, 12) && Part(date, 4, 31);
    }

    private static CellChange Change(Position p, Candidate c) => new(p.Line, p.Column, c.Char);

    /// <summary>The data positions with their 7-3-1 weights, then the check digit itself.</summary>
    internal static List<Position> PositionsOf(MrzCheckSpec check)
    {
        var positions = check.DataPositions().Select((p, i) => new Position(p.Line, p.Column, MrzCheckDigit.WeightAt(i), false)).ToList();
        positions.Add(new Position(check.Line, check.Column, -1, true));
        return positions;
    }

    /// <summary>(Σ weight × value − check digit) mod 10, in 0..9: zero when the check agrees.</summary>
    internal static int Residue(WorkingMrz mrz, IEnumerable<Position> positions) =>
        Mod10(positions.Sum(p => p.Weight * MrzCheckDigit.ValueOf(mrz.CharAt(p.Line, p.Column))));

    internal static IReadOnlyList<Candidate> CandidatesAt(WorkingMrz mrz, Position position)
    {
        var cell = mrz[position.Line, position.Column];
        var cls = position.IsCheckDigit ? CharClass.CheckDigit : mrz.Layout.ClassAt(position.Line, position.Column);
        var current = MrzCheckDigit.ValueOf(cell.Value);
        var mustChange = MustChange(mrz, position);
        var candidates = CandidateGenerator.For(mrz, position.Line, position.Column, cls);
        // An inserted symbol holds a placeholder filler. Where filler can end a number or data field it is a
        // candidate like any other; a lone filler inside a date or as a check digit is not.
        if (cell.Wildcard && cls is CharClass.AlphaNumeric or CharClass.Letter)
            candidates = [.. candidates, (LookAlikes.Filler, CandidateGenerator.WildcardCost)];
        return candidates
            .Select(c => new Candidate(c.Char, c.Cost, Mod10(position.Weight * (MrzCheckDigit.ValueOf(c.Char) - current))))
            // A symbol that must be replaced may be replaced even by one of the same value mod 10.
            .Where(c => c.Delta != 0 || mustChange)
            .ToArray();
    }

    internal static bool IsCheckDigitChar(char c) => c is >= '0' and <= '9' or LookAlikes.Filler;

    internal static int Mod10(int value) => ((value % 10) + 10) % 10;
}
