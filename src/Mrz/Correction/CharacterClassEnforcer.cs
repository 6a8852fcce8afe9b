namespace Mrz;

/// <summary>
/// Positions that only admit digits get digits, positions that only admit letters get letters, the sex
/// position gets M, F, X or filler: through the OCR's own alternatives when one fits, else through the
/// usual look-alikes (O→0, 8→B ...). Positions
/// that admit both (document numbers, optional data) are left to the check digits.
/// </summary>
internal static class CharacterClassEnforcer
{
    public static void Apply(WorkingMrz mrz)
    {
        var layout = mrz.Layout;
        for (var line = 0; line < layout.LineCount; line++)
        for (var column = 0; column < layout.LineLength; column++)
        {
            var cell = mrz[line, column];
            var cls = layout.ClassAt(line, column);
            if (cell.Wildcard || cls.Allows(cell.Value)) continue;
            // The OCR's own runner-up is better evidence than a static look-alike table (8 may be S, not B).
            var admitted = cell.Alternatives.FirstOrDefault(a => cls.Allows(a.Char));
            if (admitted.Char != '\0')
            {
                cell.Change(admitted.Char, admitted.Char == LookAlikes.Filler ? MrzCorrectionReason.FillerRecovery : MrzCorrectionReason.CharacterClass);
                continue;
            }
            switch (cls)
            {
                case CharClass.CheckDigit or CharClass.Date:
                    if (LookAlikes.LetterToDigit(cell.Value) is { } digit) cell.Change(digit, MrzCorrectionReason.CharacterClass);
                    else if (LookAlikes.IsFillerLetter(cell.Value)) cell.Change(LookAlikes.Filler, MrzCorrectionReason.FillerRecovery);
                    break;
                case CharClass.Letter:
                    if (LookAlikes.DigitToLetter(cell.Value) is { } letter) cell.Change(letter, MrzCorrectionReason.CharacterClass);
                    break;
                case CharClass.Sex:
                    if (LookAlikes.ToSex(cell.Value) is { } sex)
                        cell.Change(sex, sex == LookAlikes.Filler ? MrzCorrectionReason.FillerRecovery : MrzCorrectionReason.CharacterClass);
                    break;
            }
        }
    }
}
