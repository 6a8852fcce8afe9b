namespace Mrz;

/// <summary>Why a character of the OCR text was changed.</summary>
public enum MrzCorrectionReason
{
    /// <summary>A look-alike of the filler '&lt;' (K, X, S, C, «, ‹, ( ...) taken for filler from its context.</summary>
    FillerRecovery,
    /// <summary>The position only admits digits (or letters), so a look-alike was mapped (O→0, 1→I ...).</summary>
    CharacterClass,
    /// <summary>Chosen among OCR alternatives and look-alikes because it makes the check digits agree.</summary>
    CheckDigit,
    /// <summary>A character inserted or removed so the line has the format's length.</summary>
    LineLength,
    /// <summary>A symbol that cannot occur in an MRZ (punctuation, a stray mark), removed.</summary>
    StrayCharacter,
}

/// <summary>
/// One change to the OCR text. Line and Column are 0-based positions in the corrected lines;
/// From is null for an inserted character, To is null for a removed one (it stood before Column).
/// </summary>
public sealed record MrzCorrection(int Line, int Column, char? From, char? To, MrzCorrectionReason Reason)
{
    public override string ToString() =>
        $"line {Line + 1} col {Column + 1}: '{From?.ToString() ?? ""}' -> '{To?.ToString() ?? ""}' ({Reason})";
}

/// <summary>The outcome of one check digit on the corrected lines.</summary>
public sealed record MrzCheckDigitResult(MrzCheckKind Kind, bool Valid);
