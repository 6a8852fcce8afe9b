using Verification.Worker.Identity.Localisation;

namespace Verification.UnitTests.Identity;

/// <summary>Finding and reading the zone however the page is turned: quarter turns, upside down, and skewed scans.</summary>
public class MrzLocalisationTests(IdentityServices services) : IClassFixture<IdentityServices>
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData(0)]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public void Reads_a_passport_however_the_page_is_turned(int degrees)
    {
        var page = TurnedImages.Turn(TurnedImages.Load(MrzFixtureFiles.Sample("passport_td3_clean.png")), degrees);

        var zone = services.Zones.Read(page, Today, null, CancellationToken.None);

        Assert.True(zone.Valid, $"turned {degrees}°: {string.Join(" / ", zone.Result?.Lines ?? [])}");
        Assert.Equal("GARCIA MARQUEZ", zone.Result!.Surname);
        Assert.Equal(degrees, zone.Rotation);
    }

    [Theory]
    [InlineData(-12)]
    [InlineData(-5)]
    [InlineData(7)]
    [InlineData(15)]
    public void Finds_the_zone_of_a_skewed_scan_at_its_angle_and_reads_it(double degrees)
    {
        var page = TurnedImages.Tilt(TurnedImages.Load(MrzFixtureFiles.Sample("passport_td3_clean.png")), degrees);

        var band = Assert.IsType<MrzBand>(MrzLocator.Locate(page).FirstOrDefault());
        var zone = services.Zones.Read(page, Today, null, CancellationToken.None);

        Assert.Equal(2, band.Lines.Count);
        Assert.InRange(band.AngleDegrees, degrees - 1.5, degrees + 1.5);
        Assert.True(zone.Valid, string.Join(" / ", zone.Result?.Lines ?? []));
    }

    [Fact]
    public void Finds_three_lines_on_an_identity_card_verso()
    {
        var band = MrzLocator.Locate(TurnedImages.Load(MrzFixtureFiles.Sample("id_card_td1_verso_clean.png")))[0];
        Assert.Equal(3, band.Lines.Count);
    }

    [Fact]
    public void Reads_a_visa_photographed_sideways_on_a_table()
    {
        var zone = services.Zones.Read(TurnedImages.Load(MrzFixtureFiles.Sample("visa_mrva_photo.jpg")), Today, null, CancellationToken.None);
        Assert.True(zone.Valid);
        Assert.Equal(("VD", "CELIK", "AYSE"), (zone.Result!.DocumentCode, zone.Result.Surname, zone.Result.GivenNames));
    }

    [Fact]
    public void Finds_no_zone_on_a_page_without_one()
    {
        var page = TurnedImages.Load(Path.Combine(AppContext.BaseDirectory, "fixtures", "clean.png"));
        var zone = services.Zones.Read(page, Today, null, CancellationToken.None);
        Assert.Null(zone.Result);
    }
}
