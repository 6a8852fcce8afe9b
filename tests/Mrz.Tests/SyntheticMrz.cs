namespace Mrz.Tests;

/// <summary>An identity and the MRZ lines a document of a given format would carry for it.</summary>
internal sealed record SyntheticDocument(MrzFormat Format, string[] Lines, string Surname, string GivenNames,
    string DocumentNumber, DateOnly DateOfBirth, DateOnly Expiry);

/// <summary>
/// Builds valid zones for random but plausible identities, with a fixed seed, the way an issuer would:
/// names cut to the field, numbers padded with filler, check digits computed.
/// </summary>
internal sealed class SyntheticMrz(int seed)
{
    private static readonly string[] Surnames =
    [
        "ERIKSSON", "GARCIA MARQUEZ", "MUELLER", "OBRIEN", "NGUYEN", "DUPONT", "SILVA", "KOWALSKI", "ROSSI",
        "OKAFOR", "YILMAZ", "WANG", "HERNANDEZ", "BENALI", "PETROV", "SCHMIDT", "DIALLO", "KIM", "SATO",
        "FERREIRA", "ABDULLAH", "VAN DER BERG", "MACKENZIE", "SOKOLOVA", "XU", "CISSE", "LOPEZ DE LA CRUZ",
    ];

    private static readonly string[] GivenNames =
    [
        "ANNA", "MARIA", "JOSE", "ANNE SOPHIE", "SEAN", "LINH", "JEAN", "ISABEL", "PIOTR", "GIULIA", "CHIDI", "AYSE",
        "XIAO", "CARLOS", "SARA", "IVAN", "KARIM", "FATOU", "MIN JUN", "KENJI", "JOAO", "AISHA", "PIETER", "ALEXANDER",
    ];

    private static readonly string[] Countries =
        ["UTO", "FRA", "DEU", "D<<", "ESP", "USA", "CHN", "IND", "BRA", "NGA", "MAR", "SEN", "VNM", "TUR", "ITA", "POL", "GBR", "CAN", "KOR", "JPN"];

    private const string Alphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private readonly Random random = new(seed);

    public SyntheticDocument Next(MrzFormat format)
    {
        var surname = Pick(Surnames);
        var given = random.Next(3) == 0 ? $"{Pick(GivenNames)} {Pick(GivenNames)}" : Pick(GivenNames);
        var number = NextDocumentNumber(format == MrzFormat.FrenchId ? 12 : 9);
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(365 * 58));
        var expiry = new DateOnly(2026, 1, 1).AddDays(random.Next(365 * 10));
        var sex = random.Next(10) switch { < 5 => "M", < 9 => "F", _ => "<" };
        var issuer = Pick(Countries);
        var nationality = random.Next(3) == 0 ? Pick(Countries) : issuer;
        var optional = random.Next(2) == 0 ? "" : NextAlphanumerics(random.Next(3, 10));
        var code = format switch
        {
            MrzFormat.TD3 => "P<",
            MrzFormat.MRVA or MrzFormat.MRVB => random.Next(2) == 0 ? "VD" : "V<",
            MrzFormat.FrenchId => "ID",
            // France issues no TD2 card: "IDFRA" on two lines of 36 is the old national card.
            MrzFormat.TD2 when issuer == "FRA" => "I<",
            _ => random.Next(2) == 0 ? "ID" : "I<",
        };
        var lines = MrzComposer.Compose(format, code, issuer, surname, given, number, nationality, birth, sex, expiry, optional);
        return new SyntheticDocument(format, lines, surname, given, number, birth, expiry);
    }

    private string NextDocumentNumber(int length) => random.Next(4) switch
    {
        0 => NextAlphanumerics(2) + NextDigits(length - 2),
        1 => NextDigits(length),
        2 => NextAlphanumerics(length),
        _ => NextAlphanumerics(length - 1 - random.Next(2)),
    };

    private string NextDigits(int length) => new(Enumerable.Range(0, length).Select(_ => (char)('0' + random.Next(10))).ToArray());

    private string NextAlphanumerics(int length) => new(Enumerable.Range(0, length).Select(_ => Alphanumerics[random.Next(Alphanumerics.Length)]).ToArray());

    private string Pick(string[] values) => values[random.Next(values.Length)];
}
