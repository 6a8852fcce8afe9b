namespace Mrz;

/// <summary>The positions of Doc 9303 Parts 4–7 (0-based here), and of the pre-2021 French identity card.</summary>
internal static class MrzLayouts
{
    private static MrzSpan S(int line, int start, int length) => new(line, start, length);

    private static MrzFieldSpec F(MrzFieldRole role, int line, int start, int length, CharClass cls) =>
        new(role, S(line, start, length), cls);

    private static MrzCheckSpec Check(MrzCheckKind kind, int line, int column, params MrzSpan[] data) =>
        new(kind, data, line, column);

    private static int IsTravelDocumentCard(string first) => first.Length > 0 && first[0] is 'I' or 'A' or 'C' ? 1 : 0;

    private static Func<string, int> StartsWith(char code) => first => first.StartsWith(code) ? 1 : 0;

    /// <summary>
    /// The opening is all that tells this layout from TD2: "IDFRA" ranks it first; with one symbol misread
    /// it ranks level with TD2 (as "IDBRA" would) and the check digits decide.
    /// </summary>
    private static int IsOldFrenchCard(string first)
    {
        if (first.Length < 5) return 0;
        var misread = first.Take(5).Zip("IDFRA").Count(p => p.First != p.Second);
        return misread == 0 ? 2 : misread == 1 ? 1 : 0;
    }

    /// <summary>Line 1 of TD3, MRV-A, TD2 and MRV-B: code, issuing state, names to the end.</summary>
    private static MrzFieldSpec[] FirstLineWithNames(int length) =>
    [
        F(MrzFieldRole.DocumentCode, 0, 0, 2, CharClass.Letter),
        F(MrzFieldRole.IssuingState, 0, 2, 3, CharClass.Letter),
        F(MrzFieldRole.Names, 0, 5, length - 5, CharClass.Letter),
    ];

    /// <summary>Line 2 of TD3, MRV-A, TD2 and MRV-B up to the expiry check digit.</summary>
    private static MrzFieldSpec[] SecondLineCommon() =>
    [
        F(MrzFieldRole.DocumentNumber, 1, 0, 9, CharClass.AlphaNumeric),
        F(MrzFieldRole.Nationality, 1, 10, 3, CharClass.Letter),
        F(MrzFieldRole.DateOfBirth, 1, 13, 6, CharClass.Date),
        F(MrzFieldRole.Sex, 1, 20, 1, CharClass.Sex),
        F(MrzFieldRole.ExpiryDate, 1, 21, 6, CharClass.Date),
    ];

    private static MrzCheckSpec[] SecondLineChecks() =>
    [
        Check(MrzCheckKind.DocumentNumber, 1, 9, S(1, 0, 9)),
        Check(MrzCheckKind.DateOfBirth, 1, 19, S(1, 13, 6)),
        Check(MrzCheckKind.ExpiryDate, 1, 27, S(1, 21, 6)),
    ];

    public static readonly MrzLayout Td3 = new(MrzFormat.TD3, 2, 44, StartsWith('P'),
        [.. FirstLineWithNames(44), .. SecondLineCommon(), F(MrzFieldRole.OptionalData, 1, 28, 14, CharClass.AlphaNumeric)],
        [
            .. SecondLineChecks(),
            Check(MrzCheckKind.OptionalData, 1, 42, S(1, 28, 14)),
            Check(MrzCheckKind.Composite, 1, 43, S(1, 0, 10), S(1, 13, 7), S(1, 21, 22)),
        ]);

    public static readonly MrzLayout MrvA = new(MrzFormat.MRVA, 2, 44, StartsWith('V'),
        [.. FirstLineWithNames(44), .. SecondLineCommon(), F(MrzFieldRole.OptionalData, 1, 28, 16, CharClass.AlphaNumeric)],
        SecondLineChecks());

    public static readonly MrzLayout Td2 = new(MrzFormat.TD2, 2, 36, IsTravelDocumentCard,
        [.. FirstLineWithNames(36), .. SecondLineCommon(), F(MrzFieldRole.OptionalData, 1, 28, 7, CharClass.AlphaNumeric)],
        [
            .. SecondLineChecks(),
            Check(MrzCheckKind.Composite, 1, 35, S(1, 0, 10), S(1, 13, 7), S(1, 21, 14)),
        ]);

    public static readonly MrzLayout MrvB = new(MrzFormat.MRVB, 2, 36, StartsWith('V'),
        [.. FirstLineWithNames(36), .. SecondLineCommon(), F(MrzFieldRole.OptionalData, 1, 28, 8, CharClass.AlphaNumeric)],
        SecondLineChecks());

    public static readonly MrzLayout Td1 = new(MrzFormat.TD1, 3, 30, IsTravelDocumentCard,
        [
            F(MrzFieldRole.DocumentCode, 0, 0, 2, CharClass.Letter),
            F(MrzFieldRole.IssuingState, 0, 2, 3, CharClass.Letter),
            F(MrzFieldRole.DocumentNumber, 0, 5, 9, CharClass.AlphaNumeric),
            F(MrzFieldRole.OptionalData, 0, 15, 15, CharClass.AlphaNumeric),
            F(MrzFieldRole.DateOfBirth, 1, 0, 6, CharClass.Date),
            F(MrzFieldRole.Sex, 1, 7, 1, CharClass.Sex),
            F(MrzFieldRole.ExpiryDate, 1, 8, 6, CharClass.Date),
            F(MrzFieldRole.Nationality, 1, 15, 3, CharClass.Letter),
            F(MrzFieldRole.OptionalData2, 1, 18, 11, CharClass.AlphaNumeric),
            F(MrzFieldRole.Names, 2, 0, 30, CharClass.Letter),
        ],
        [
            Check(MrzCheckKind.DocumentNumber, 0, 14, S(0, 5, 9)),
            Check(MrzCheckKind.DateOfBirth, 1, 6, S(1, 0, 6)),
            Check(MrzCheckKind.ExpiryDate, 1, 14, S(1, 8, 6)),
            Check(MrzCheckKind.Composite, 1, 29, S(0, 5, 25), S(1, 0, 7), S(1, 8, 7), S(1, 18, 11)),
        ]);

    /// <summary>
    /// The French card issued until 2021 predates the TD1 card and has its own layout: surname on line 1
    /// with the issuing office code, a 12-character number, given names separated by "&lt;&lt;", no expiry.
    /// </summary>
    public static readonly MrzLayout FrenchId = new(MrzFormat.FrenchId, 2, 36,
        IsOldFrenchCard,
        [
            F(MrzFieldRole.DocumentCode, 0, 0, 2, CharClass.Letter),
            F(MrzFieldRole.IssuingState, 0, 2, 3, CharClass.Letter),
            F(MrzFieldRole.Surname, 0, 5, 25, CharClass.Letter),
            F(MrzFieldRole.OptionalData, 0, 30, 6, CharClass.AlphaNumeric),
            F(MrzFieldRole.DocumentNumber, 1, 0, 12, CharClass.AlphaNumeric),
            F(MrzFieldRole.GivenNames, 1, 13, 14, CharClass.Letter),
            F(MrzFieldRole.DateOfBirth, 1, 27, 6, CharClass.Date),
            F(MrzFieldRole.Sex, 1, 34, 1, CharClass.Sex),
        ],
        [
            Check(MrzCheckKind.DocumentNumber, 1, 12, S(1, 0, 12)),
            Check(MrzCheckKind.DateOfBirth, 1, 33, S(1, 27, 6)),
            Check(MrzCheckKind.Composite, 1, 35, S(0, 0, 36), S(1, 0, 35)),
        ]);

    /// <summary>The formats a zone of this shape may be, most common first.</summary>
    public static IReadOnlyList<MrzLayout> ForShape(int lineCount, int lineLength) => (lineCount, lineLength) switch
    {
        (3, 30) => [Td1],
        (2, 44) => [Td3, MrvA],
        (2, 36) => [Td2, MrvB, FrenchId],
        _ => [],
    };

    public static readonly IReadOnlyList<(int LineCount, int LineLength)> Shapes = [(3, 30), (2, 36), (2, 44)];
}
