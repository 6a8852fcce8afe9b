using Verification.Worker.Identity.Visa;

namespace Verification.UnitTests.Identity;

public class VisaZoneParserTests
{
    [Fact]
    public void Reads_type_and_validity_from_a_french_sticker()
    {
        const string text = """
            RÉPUBLIQUE FRANÇAISE
            Valable pour / Valid for Type de visa / Type of visa
            FRANCE D
            Du / From — Au / Until
            DU/FROM 01-09-2026 AU/UNTIL 31-08-2027
            """;
        var zone = VisaZoneParser.Parse(text, new DateOnly(2027, 8, 31));
        Assert.Equal(("D", new DateOnly(2026, 9, 1), new DateOnly(2027, 8, 31)), (zone.Type, zone.ValidFrom, zone.ValidUntil));
    }

    [Fact]
    public void Reads_a_short_stay_type_after_its_label() =>
        Assert.Equal("C", VisaZoneParser.Parse("TYPE DE VISA / TYPE OF VISA: C", null).Type);

    [Fact]
    public void Falls_back_to_the_date_before_the_mrz_expiry_when_the_labels_are_unreadable()
    {
        var zone = VisaZoneParser.Parse("D0/FR0N 15.09.26 4U/UNT1 14.09.27 LE 02-07-26", new DateOnly(2027, 9, 14));
        Assert.Equal(new DateOnly(2026, 9, 15), zone.ValidFrom);
    }
}
