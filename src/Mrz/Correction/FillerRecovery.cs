namespace Mrz;

/// <summary>
/// Recovers filler the OCR read as K, X, S or C. Those are also ordinary letters (ERIKSSON, MARX), so a
/// letter only becomes filler where the zone's structure says so: the trailing run of a name or data field,
/// the "&lt;&lt;" between surname and given names, a letter between two fillers, a country code that
/// only exists with filler ("DKK" → "D&lt;&lt;"). The letter the OCR uses for filler on this document
/// (its "substitute") is learnt from unmistakable runs such as "KKKKK" and guides the other decisions.
/// </summary>
internal static class FillerRecovery
{
    private const char Filler = LookAlikes.Filler;

    /// <summary>Undoing a structural certainty (a run that starts with filler) costs more than any single look-alike.</summary>
    private const float CertainRevertCost = 1.6f;

    /// <summary>A runner-up this close to the best guess is taken as the OCR's own doubt between letter and filler.</summary>
    private const float CloseAlternativeShare = 0.5f;

    public static void Apply(WorkingMrz mrz)
    {
        RecoverFromAlternatives(mrz);
        var substitute = DominantSubstitute(mrz);
        foreach (var field in mrz.Layout.Fields)
        {
            switch (field.Role)
            {
                case MrzFieldRole.Names:
                    RecoverTrailingRun(mrz, field.Span, substitute, isName: true);
                    RecoverBetweenFillers(mrz, field.Span, substitute);
                    RecoverNameSeparator(mrz, field.Span, substitute);
                    break;
                case MrzFieldRole.Surname:
                    RecoverTrailingRun(mrz, field.Span, substitute, isName: true);
                    RecoverBetweenFillers(mrz, field.Span, substitute);
                    break;
                case MrzFieldRole.GivenNames:
                    // The French card separates each given name with "<<".
                    RecoverTrailingRun(mrz, field.Span, substitute, isName: true);
                    RecoverBetweenFillers(mrz, field.Span, substitute);
                    RecoverNameSeparator(mrz, field.Span, substitute);
                    break;
                case MrzFieldRole.OptionalData or MrzFieldRole.OptionalData2 or MrzFieldRole.DocumentNumber:
                    RecoverTrailingRun(mrz, field.Span, substitute, isName: false);
                    RecoverBetweenFillers(mrz, field.Span, substitute);
                    break;
                case MrzFieldRole.IssuingState or MrzFieldRole.Nationality:
                    CountryCodeRecovery.Recover(mrz, field.Span);
                    break;
                case MrzFieldRole.DocumentCode when substitute is { } s && mrz.CharAt(0, 1) == s:
                    mrz[0, 1].Change(Filler, MrzCorrectionReason.FillerRecovery);
                    break;
            }
        }
    }

    /// <summary>
    /// K, X, S or C whose close runner-up is filler, in a position where filler is allowed: the OCR itself
    /// hesitated, and filler is by far the commonest symbol of a zone.
    /// </summary>
    private static void RecoverFromAlternatives(WorkingMrz mrz)
    {
        var layout = mrz.Layout;
        for (var line = 0; line < layout.LineCount; line++)
        for (var column = 0; column < layout.LineLength; column++)
        {
            var cell = mrz[line, column];
            if (!LookAlikes.IsFillerLetter(cell.Value) || layout.ClassAt(line, column) is not (CharClass.Letter or CharClass.AlphaNumeric)) continue;
            var best = cell.Alternatives.Count > 0 ? cell.Alternatives[0] : default;
            if (best.Char == Filler && best.Confidence >= CloseAlternativeShare * cell.Confidence)
                cell.Change(Filler, MrzCorrectionReason.FillerRecovery);
        }
    }

    /// <summary>
    /// The filler letter seen in unmistakable places: runs of three or more of the same letter, and letters
    /// that follow a filler inside a filler-like run. Null when the OCR read filler as filler.
    /// </summary>
    internal static char? DominantSubstitute(WorkingMrz mrz)
    {
        var counts = new Dictionary<char, int>();
        foreach (var field in mrz.Layout.Fields.Where(f => f.Class is CharClass.Letter or CharClass.AlphaNumeric && f.Span.Length > 3))
        {
            var text = mrz.Text(field.Span);
            foreach (var (start, length) in FillerLikeRuns(text))
            {
                var run = text.AsSpan(start, length);
                var firstFiller = run.IndexOf(Filler);
                var sameLetter = firstFiller < 0 && length >= 3 && !run.ContainsAnyExcept(run[0]);
                for (var i = 0; i < length; i++)
                {
                    if (run[i] == Filler || !(sameLetter || (firstFiller >= 0 && i > firstFiller))) continue;
                    counts[run[i]] = counts.GetValueOrDefault(run[i]) + 1;
                }
            }
        }
        var best = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).FirstOrDefault();
        return best.Value >= 2 ? best.Key : null;
    }

    /// <summary>
    /// The field's trailing filler-like run becomes filler from the first letter that belongs to the filler:
    /// a substitute letter followed by another, or preceded by filler. A run of two or more of the same letter
    /// ending the field counts as filler even without a known substitute ("MARIAXX").
    /// </summary>
    private static void RecoverTrailingRun(WorkingMrz mrz, MrzSpan span, char? substitute, bool isName)
    {
        var text = mrz.Text(span);
        var runStart = text.Length;
        while (runStart > 0 && LookAlikes.IsFillerLike(text[runStart - 1])) runStart--;
        if (runStart == text.Length) return;

        // A run that starts with a real filler is filler: no name part or number is made of K, X, S and C
        // alone. The field's last symbol is the exception in names, where it may begin a name cut by the issuer.
        if (text[runStart] == Filler)
        {
            var keepLast = isName && text[^1] != Filler && text[^2] == Filler;
            var end = keepLast ? text.Length - 1 : text.Length;
            for (var i = runStart; i < end; i++)
                mrz[span.Line, span.Start + i].Change(Filler, MrzCorrectionReason.FillerRecovery, CertainRevertCost);
            if (keepLast) mrz[span.Line, span.End - 1].FillerHint = true;
            return;
        }

        var local = substitute;
        var last = text[^1];
        // Names rarely fill their field up to a doubled K, X, S or C; numbers and optional data often end that way.
        if (local is null && isName && last != Filler && text.Length - runStart >= 2 && text[^2] == last) local = last;
        // "MARQUEZS<<<<": the first filler after a name may be misread, or the name may end in S. Undecided
        // here; a check digit over the names may decide.
        if (local is null && isName && runStart + 1 < text.Length && text[runStart + 1] == Filler)
            mrz[span.Line, span.Start + runStart].FillerHint = true;

        for (var i = runStart; i < text.Length && local is { } letter; i++)
        {
            if (text[i] != letter) continue;
            var followedBySubstitute = i + 1 < text.Length && text[i + 1] == letter;
            var precededByFiller = i > runStart && text[i - 1] == Filler;
            var lastOfRepeatedRun = i > runStart && text[i - 1] == letter;
            if (!(followedBySubstitute || precededByFiller || lastOfRepeatedRun)) continue;
            mrz[span.Line, span.Start + i].Change(Filler, MrzCorrectionReason.FillerRecovery);
            text = mrz.Text(span);
        }

        // A stray other look-alike inside what is now filler up to the end ("<<X<<<") is filler too.
        for (var i = text.Length - 1; i > runStart; i--)
        {
            if (i + 1 < text.Length && text[i + 1] != Filler) break;
            if (text[i] != Filler && text[i - 1] == Filler && text[(i + 1)..].All(c => c == Filler))
                mrz[span.Line, span.Start + i].Change(Filler, MrzCorrectionReason.FillerRecovery);
            text = mrz.Text(span);
        }
    }

    /// <summary>A substitute letter with filler on both sides is filler: single-letter name parts are not written that way.</summary>
    private static void RecoverBetweenFillers(WorkingMrz mrz, MrzSpan span, char? substitute)
    {
        if (substitute is not { } letter) return;
        var text = mrz.Text(span);
        for (var i = 1; i < text.Length - 1; i++)
            if (text[i] == letter && text[i - 1] == Filler && text[i + 1] == Filler)
                mrz[span.Line, span.Start + i].Change(Filler, MrzCorrectionReason.FillerRecovery);
    }

    /// <summary>
    /// A names field without "&lt;&lt;" lost its surname separator to the OCR. Restores it from a pair of
    /// filler-like symbols between letters that holds one real filler or is made of the substitute letter;
    /// among several, the one made with the substitute letter, and none when that does not single one out.
    /// </summary>
    private static void RecoverNameSeparator(WorkingMrz mrz, MrzSpan span, char? substitute)
    {
        var text = mrz.Text(span);
        var body = text.TrimEnd(Filler);
        if (body.Contains("<<", StringComparison.Ordinal)) return;

        var pairs = new List<(int Index, int Rank)>();
        for (var i = 1; i + 2 < body.Length; i++)
        {
            char a = body[i], b = body[i + 1];
            if (!LookAlikes.IsFillerLike(a) || !LookAlikes.IsFillerLike(b)) continue;
            // Half a separator is already there; the other half may touch a name starting or ending in K, X, S, C.
            var halfRead = (a == Filler) != (b == Filler);
            var substitutePair = a == substitute && b == substitute &&
                                 !LookAlikes.IsFillerLike(body[i - 1]) && !LookAlikes.IsFillerLike(body[i + 2]);
            if (substitutePair || (halfRead && (a == Filler ? b : a) == substitute)) pairs.Add((i, 0));
            else if (halfRead) pairs.Add((i, 1));
        }
        if (pairs.Count == 0) return;
        var best = pairs.Min(p => p.Rank);
        var chosen = pairs.Where(p => p.Rank == best).ToList();
        if (chosen.Count != 1)
        {
            // Undecided here; where a check digit covers the names, it may decide.
            foreach (var (index, _) in chosen)
                foreach (var cell in new[] { mrz[span.Line, span.Start + index], mrz[span.Line, span.Start + index + 1] })
                    if (cell.Value != Filler) cell.FillerHint = true;
            return;
        }
        mrz[span.Line, span.Start + chosen[0].Index].Change(Filler, MrzCorrectionReason.FillerRecovery);
        mrz[span.Line, span.Start + chosen[0].Index + 1].Change(Filler, MrzCorrectionReason.FillerRecovery);
    }

    private static IEnumerable<(int Start, int Length)> FillerLikeRuns(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!LookAlikes.IsFillerLike(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && LookAlikes.IsFillerLike(text[i])) i++;
            yield return (start, i - start);
        }
    }
}
