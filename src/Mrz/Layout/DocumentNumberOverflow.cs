namespace Mrz;

/// <summary>
/// Doc 9303 lets TD1 and TD2 carry document numbers longer than nine characters: the number's check-digit
/// position holds filler, the rest of the number continues at the start of the optional data, and the
/// character after it is the check digit. This resolves where the number and its check digit really are.
/// </summary>
internal static class DocumentNumberOverflow
{
    private const char Filler = LookAlikes.Filler;

    public static IReadOnlyList<MrzCheckSpec> EffectiveChecks(WorkingMrz mrz)
    {
        if (Overflow(mrz) is not { } overflow) return mrz.Layout.Checks;
        return mrz.Layout.Checks
            .Select(c => c.Kind != MrzCheckKind.DocumentNumber
                ? c
                : c with { Data = [c.Data[0], overflow], Line = overflow.Line, Column = overflow.End })
            .ToArray();
    }

    /// <summary>The document number without filler, overflow included.</summary>
    public static string DocumentNumber(WorkingMrz mrz)
    {
        var field = mrz.Layout.Field(MrzFieldRole.DocumentNumber);
        if (field is null) return "";
        var number = mrz.Text(field.Span);
        if (Overflow(mrz) is { } overflow) number += mrz.Text(overflow);
        return number.Replace("<", "", StringComparison.Ordinal);
    }

    private static MrzSpan? Overflow(WorkingMrz mrz)
    {
        var layout = mrz.Layout;
        if (layout.Format is not (MrzFormat.TD1 or MrzFormat.TD2)) return null;
        var check = layout.Checks.First(c => c.Kind == MrzCheckKind.DocumentNumber);
        var optional = layout.Field(MrzFieldRole.OptionalData)!.Span;
        if (mrz.CharAt(check.Line, check.Column) != Filler || mrz.CharAt(optional.Line, optional.Start) == Filler) return null;

        var end = optional.Start;
        while (end < optional.End && mrz.CharAt(optional.Line, end) != Filler) end++;
        var runLength = end - optional.Start;
        // The continuation holds at least one character plus its check digit.
        if (runLength < 2) return null;
        return new MrzSpan(optional.Line, optional.Start, runLength - 1);
    }
}
