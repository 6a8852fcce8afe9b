namespace Mrz.Tests;

/// <summary>The specimens of ICAO Doc 9303 (fictitious state "Utopia", UTO), check digits as published.</summary>
internal static class Specimens
{
    /// <summary>Specimens date from the 1990s–2010s; judging them in 2026 keeps the 1974 birth year in the past.</summary>
    public static readonly DateOnly Today = new(2026, 1, 15);

    public static readonly string[] Td3 =
    [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ];

    public static readonly string[] Td1 =
    [
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    ];

    public static readonly string[] Td2 =
    [
        "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        "D231458907UTO7408122F1204159<<<<<<<6",
    ];

    public static readonly string[] MrvA =
    [
        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L8988901C4XXX4009078F96121096ZE184226B<<<<<<",
    ];

    public static readonly string[] MrvB =
    [
        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        "L8988901C4XXX4009078F9612109<<<<<<<<",
    ];

    /// <summary>The pre-2021 French identity card layout, as in public descriptions of that card.</summary>
    public static readonly string[] FrenchId =
    [
        "IDFRADOUEL<<<<<<<<<<<<<<<<<<<<932013",
        "0506932020438CHRISTIANE<<NI2906209F3",
    ];

    public static MrzResult Read(params string[] lines) =>
        MrzReader.Read(MrzReading.FromLines(lines), Today) ?? throw new Xunit.Sdk.XunitException("No MRZ found");
}
