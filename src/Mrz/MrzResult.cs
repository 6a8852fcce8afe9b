namespace Mrz;

/// <summary>
/// A machine-readable zone after correction, with its fields decoded. Text fields are "" when absent;
/// dates are null when the zone has no such date or it is not a calendar date.
/// </summary>
public sealed record MrzResult
{
    public required MrzFormat Format { get; init; }

    /// <summary>The corrected lines, each exactly the format's length.</summary>
    public required IReadOnlyList<string> Lines { get; init; }

    /// <summary>True when every check digit of the format agrees with the corrected lines.</summary>
    public bool Valid => CheckDigits.All(c => c.Valid);

    public required IReadOnlyList<MrzCheckDigitResult> CheckDigits { get; init; }

    /// <summary>"P", "I", "ID", "V", "VD" ...: the first two characters without filler.</summary>
    public required string DocumentCode { get; init; }
    public required string IssuingState { get; init; }
    public required string Surname { get; init; }

    /// <summary>Given names separated by single spaces.</summary>
    public required string GivenNames { get; init; }

    /// <summary>True when the name field is full to its last position, so the names may have been cut by the issuer.</summary>
    public required bool NameTruncated { get; init; }

    /// <summary>Without filler; for TD1 and TD2 includes the overflow of long numbers kept in the optional data.</summary>
    public required string DocumentNumber { get; init; }
    public required string Nationality { get; init; }
    public required DateOnly? DateOfBirth { get; init; }

    /// <summary>"M", "F" or "X" (unspecified, written '&lt;' in most zones).</summary>
    public required string Sex { get; init; }

    /// <summary>For visas, the end of validity; their start of validity is only printed in the visual zone.</summary>
    public required DateOnly? ExpiryDate { get; init; }

    /// <summary>Optional data of line 1 (TD1) or line 2 (other formats), trailing filler removed.</summary>
    public required string OptionalData { get; init; }

    /// <summary>TD1 only: the optional data of line 2.</summary>
    public required string OptionalData2 { get; init; }

    /// <summary>
    /// Visas only: the type letter after 'V' in the document code, assigned by the issuing state
    /// ("D" national long-stay visa, "C" Schengen short-stay visa, "A" airport transit in Schengen states);
    /// null when that position holds filler.
    /// </summary>
    public required string? VisaType { get; init; }

    public required IReadOnlyList<MrzCorrection> Corrections { get; init; }

    public bool IsVisa => Format is MrzFormat.MRVA or MrzFormat.MRVB;

    /// <summary>A "VISA D": the type letter Schengen states give national long-stay visas.</summary>
    public bool IsLongStayVisa => IsVisa && VisaType == "D";

    /// <summary>Null when the format has no such check digit.</summary>
    public bool? CheckValid(MrzCheckKind kind) =>
        CheckDigits.FirstOrDefault(c => c.Kind == kind)?.Valid;
}
