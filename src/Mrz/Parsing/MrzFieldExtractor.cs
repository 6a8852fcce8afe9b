namespace Mrz;

/// <summary>Decodes the fields of a corrected zone into an <see cref="MrzResult"/>.</summary>
internal static class MrzFieldExtractor
{
    private const char Filler = LookAlikes.Filler;

    public static MrzResult Extract(WorkingMrz mrz, DateOnly referenceDate)
    {
        var layout = mrz.Layout;
        string Raw(MrzFieldRole role) => layout.Field(role) is { } field ? mrz.Text(field.Span) : "";

        var (surname, givenNames, truncated) = Names(mrz);
        var documentCode = Raw(MrzFieldRole.DocumentCode).TrimEnd(Filler);
        var isVisa = layout.Format is MrzFormat.MRVA or MrzFormat.MRVB;
        var isFrench = layout.Format == MrzFormat.FrenchId;
        return new MrzResult
        {
            Format = layout.Format,
            Lines = mrz.Lines,
            CheckDigits = CheckEvaluator.Evaluate(mrz),
            DocumentCode = documentCode,
            IssuingState = Raw(MrzFieldRole.IssuingState).TrimEnd(Filler),
            Surname = surname,
            GivenNames = givenNames,
            NameTruncated = truncated,
            DocumentNumber = DocumentNumberOverflow.DocumentNumber(mrz),
            // The French card states no nationality: it is only issued to French nationals.
            Nationality = isFrench ? "FRA" : Raw(MrzFieldRole.Nationality).TrimEnd(Filler),
            DateOfBirth = MrzDates.BirthDate(Raw(MrzFieldRole.DateOfBirth), referenceDate),
            Sex = Raw(MrzFieldRole.Sex) switch { "M" => "M", "F" => "F", _ => "X" },
            ExpiryDate = MrzDates.ExpiryDate(Raw(MrzFieldRole.ExpiryDate), referenceDate),
            OptionalData = OptionalData(mrz, Raw(MrzFieldRole.OptionalData)),
            OptionalData2 = Raw(MrzFieldRole.OptionalData2).TrimEnd(Filler),
            VisaType = isVisa && documentCode.Length == 2 ? documentCode[1..] : null,
            Corrections = mrz.Corrections(),
        };

        static string OptionalData(WorkingMrz mrz, string raw)
        {
            // An overflowing document number is part of the number, not optional data.
            var number = DocumentNumberOverflow.DocumentNumber(mrz);
            var field = mrz.Layout.Field(MrzFieldRole.DocumentNumber);
            var overflow = field is null ? 0 : Math.Max(0, number.Length - mrz.Text(field.Span).TrimEnd(Filler).Length);
            return (overflow > 0 ? raw[(overflow + 1)..] : raw).Trim(Filler);
        }
    }

    /// <summary>
    /// "SURNAME&lt;&lt;GIVEN&lt;NAMES&lt;&lt;&lt;": surname before the first double filler, single fillers between
    /// parts become spaces. The French card keeps surname and given names in separate fields.
    /// </summary>
    private static (string Surname, string GivenNames, bool Truncated) Names(WorkingMrz mrz)
    {
        var layout = mrz.Layout;
        if (layout.Field(MrzFieldRole.Names) is { } names)
        {
            var text = mrz.Text(names.Span);
            var separator = text.IndexOf("<<", StringComparison.Ordinal);
            var surname = separator < 0 ? text : text[..separator];
            var given = separator < 0 ? "" : text[(separator + 2)..];
            return (Words(surname), Words(given), text[^1] != Filler);
        }
        var surnameText = mrz.Text(layout.Field(MrzFieldRole.Surname)!.Span);
        var givenText = mrz.Text(layout.Field(MrzFieldRole.GivenNames)!.Span);
        return (Words(surnameText), Words(givenText), surnameText[^1] != Filler || givenText[^1] != Filler);
    }

    private static string Words(string text) =>
        string.Join(' ', text.Split(Filler, StringSplitOptions.RemoveEmptyEntries));
}
