namespace Mrz;

/// <summary>The machine-readable zone layouts of ICAO Doc 9303, plus the pre-2021 French identity card.</summary>
public enum MrzFormat
{
    /// <summary>ID-1 card, 3 lines of 30 characters.</summary>
    TD1,
    /// <summary>ID-2 card, 2 lines of 36 characters.</summary>
    TD2,
    /// <summary>Passport data page, 2 lines of 44 characters.</summary>
    TD3,
    /// <summary>Full-size visa sticker, 2 lines of 44 characters, document code 'V'.</summary>
    MRVA,
    /// <summary>Smaller visa sticker, 2 lines of 36 characters, document code 'V'.</summary>
    MRVB,
    /// <summary>French national identity card issued until 2021: 2 lines of 36 starting "IDFRA", national layout.</summary>
    FrenchId,
}

/// <summary>The check digits an MRZ can carry; which ones depends on the format.</summary>
public enum MrzCheckKind
{
    DocumentNumber,
    DateOfBirth,
    ExpiryDate,
    OptionalData,
    Composite,
}
