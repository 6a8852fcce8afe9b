namespace Mrz;

/// <summary>
/// Country codes are checked by no digit, but they come from a closed list. An unknown code is replaced
/// by the one known code reachable with the fewest look-alike changes (digits for letters, filler for
/// K/X/S/C in the trailing positions, then common letter confusions); when two are equally close, nothing changes.
/// </summary>
internal static class CountryCodeRecovery
{
    public static void Recover(WorkingMrz mrz, MrzSpan span)
    {
        var code = mrz.Text(span);
        if (CountryCodes.IsKnown(code)) return;

        var options = Enumerable.Range(0, code.Length).Select(i => Options(code[i], i)).ToArray();
        (string Code, float Cost)? best = null;
        var tie = false;
        foreach (var (candidate, cost) in Combine(options))
        {
            if (!CountryCodes.IsKnown(candidate)) continue;
            if (best is null || cost < best.Value.Cost - 1e-6) { best = (candidate, cost); tie = false; }
            else if (Math.Abs(cost - best.Value.Cost) < 1e-6 && candidate != best.Value.Code) tie = true;
        }
        if (best is not { } chosen || tie) return;

        for (var i = 0; i < code.Length; i++)
        {
            if (chosen.Code[i] == code[i]) continue;
            var reason = chosen.Code[i] == LookAlikes.Filler ? MrzCorrectionReason.FillerRecovery : MrzCorrectionReason.CharacterClass;
            mrz[span.Line, span.Start + i].Change(chosen.Code[i], reason);
        }
    }

    private static List<(char Char, float Cost)> Options(char c, int position)
    {
        var options = new List<(char, float)> { (c, 0f) };
        if (LookAlikes.DigitToLetter(c) is { } letter) options.Add((letter, 0.5f));
        // Only "D<<" and a few two-letter-free codes end in filler; the first position never is.
        if (position > 0 && LookAlikes.IsFillerLetter(c)) options.Add((LookAlikes.Filler, 0.5f));
        foreach (var (partner, cost) in LookAlikes.PartnersOf(c))
            if (partner is >= 'A' and <= 'Z' && options.All(o => o.Item1 != partner)) options.Add((partner, cost));
        return options;
    }

    private static IEnumerable<(string Code, float Cost)> Combine(List<(char Char, float Cost)>[] options)
    {
        foreach (var a in options[0])
        foreach (var b in options[1])
        foreach (var c in options[2])
        {
            var changes = (a.Cost > 0 ? 1 : 0) + (b.Cost > 0 ? 1 : 0) + (c.Cost > 0 ? 1 : 0);
            // Two changes are only plausible when both are filler ("DKK"); otherwise stay within one.
            var fillerPair = b.Char == LookAlikes.Filler && c.Char == LookAlikes.Filler;
            if (changes > 1 && !fillerPair) continue;
            yield return (new string([a.Char, b.Char, c.Char]), a.Cost + b.Cost + c.Cost);
        }
    }
}
