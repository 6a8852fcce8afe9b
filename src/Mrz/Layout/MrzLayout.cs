namespace Mrz;

/// <summary>A run of positions on one line.</summary>
internal readonly record struct MrzSpan(int Line, int Start, int Length)
{
    public int End => Start + Length;

    public bool Contains(int line, int column) => line == Line && column >= Start && column < End;
}

internal enum MrzFieldRole
{
    DocumentCode,
    IssuingState,
    /// <summary>Surname and given names in one field, separated by "&lt;&lt;".</summary>
    Names,
    /// <summary>French identity card: surname alone.</summary>
    Surname,
    /// <summary>French identity card: given names alone, separated by "&lt;&lt;".</summary>
    GivenNames,
    DocumentNumber,
    Nationality,
    DateOfBirth,
    Sex,
    ExpiryDate,
    OptionalData,
    OptionalData2,
    CheckDigit,
}

internal sealed record MrzFieldSpec(MrzFieldRole Role, MrzSpan Span, CharClass Class);

/// <summary>A check digit at (Line, Column) over the concatenation of Data.</summary>
internal sealed record MrzCheckSpec(MrzCheckKind Kind, IReadOnlyList<MrzSpan> Data, int Line, int Column)
{
    public IEnumerable<(int Line, int Column)> DataPositions() =>
        Data.SelectMany(s => Enumerable.Range(s.Start, s.Length).Select(c => (s.Line, c)));
}

/// <summary>Where each field and check digit sits in one format.</summary>
internal sealed class MrzLayout
{
    private readonly CharClass[][] classes;

    public MrzLayout(MrzFormat format, int lineCount, int lineLength, Func<string, int> matchesDocumentCode,
        IReadOnlyList<MrzFieldSpec> fields, IReadOnlyList<MrzCheckSpec> checks)
    {
        Format = format;
        LineCount = lineCount;
        LineLength = lineLength;
        MatchesDocumentCode = matchesDocumentCode;
        Fields = fields;
        Checks = checks;
        classes = new CharClass[lineCount][];
        for (var line = 0; line < lineCount; line++)
            classes[line] = Enumerable.Repeat(CharClass.AlphaNumeric, lineLength).ToArray();
        foreach (var field in fields)
            for (var c = field.Span.Start; c < field.Span.End; c++)
                classes[field.Span.Line][c] = field.Class;
        foreach (var check in checks)
            classes[check.Line][check.Column] = CharClass.CheckDigit;
    }

    public MrzFormat Format { get; }
    public int LineCount { get; }
    public int LineLength { get; }

    /// <summary>
    /// How well the first line's opening agrees with this format: 0 not at all, 1 by document code
    /// ('P' for TD3, 'I' for TD2), 2 by a longer opening only this format has ("IDFRA"). Ranks formats.
    /// </summary>
    public Func<string, int> MatchesDocumentCode { get; }

    public IReadOnlyList<MrzFieldSpec> Fields { get; }
    public IReadOnlyList<MrzCheckSpec> Checks { get; }

    public CharClass ClassAt(int line, int column) => classes[line][column];

    public MrzFieldSpec? Field(MrzFieldRole role) => Fields.FirstOrDefault(f => f.Role == role);

    public bool IsCheckedPosition(int line, int column) =>
        Checks.Any(c => c.Kind != MrzCheckKind.Composite &&
                        ((c.Line == line && c.Column == column) || c.Data.Any(s => s.Contains(line, column))));
}
