namespace Mrz;

/// <summary>What a position of the zone may hold, per Doc 9303.</summary>
internal enum CharClass
{
    /// <summary>Names, country codes, document code: A–Z and filler.</summary>
    Letter,
    /// <summary>Check digits: 0–9, or filler where the checked field is empty.</summary>
    CheckDigit,
    /// <summary>YYMMDD dates: 0–9, or filler for an unknown day or month of birth.</summary>
    Date,
    /// <summary>Document numbers and optional data: anything.</summary>
    AlphaNumeric,
    /// <summary>M, F, X or filler.</summary>
    Sex,
}

internal static class CharClasses
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ<";
    private const string Digits = "0123456789<";
    private const string AlphaNumerics = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<";
    private const string Sexes = "MFX<";

    public static bool Allows(this CharClass charClass, char c) => Alphabet(charClass).Contains(c);

    public static string Alphabet(this CharClass charClass) => charClass switch
    {
        CharClass.Letter => Letters,
        CharClass.CheckDigit or CharClass.Date => Digits,
        CharClass.Sex => Sexes,
        _ => AlphaNumerics,
    };

    public static bool IsDigitLike(this CharClass charClass) => charClass is CharClass.CheckDigit or CharClass.Date;
}
