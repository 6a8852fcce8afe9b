namespace Mrz;

/// <summary>Evaluates every check digit of the zone as it stands.</summary>
internal static class CheckEvaluator
{
    public static IReadOnlyList<MrzCheckDigitResult> Evaluate(WorkingMrz mrz) =>
        DocumentNumberOverflow.EffectiveChecks(mrz).Select(c => new MrzCheckDigitResult(c.Kind, IsValid(mrz, c))).ToArray();

    public static bool IsValid(WorkingMrz mrz, MrzCheckSpec check)
    {
        if (check.DataPositions().Append((check.Line, check.Column)).Any(p => mrz[p.Line, p.Column].Unresolved)) return false;
        var data = string.Concat(check.Data.Select(mrz.Text));
        return MrzCheckDigit.IsValid(data, mrz.CharAt(check.Line, check.Column));
    }

    public static bool AllValid(WorkingMrz mrz) => Evaluate(mrz).All(c => c.Valid);
}
