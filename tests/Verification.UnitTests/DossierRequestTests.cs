using Intake.Api;

namespace Verification.UnitTests;

public class DossierRequestTests
{
    private static readonly DossierRequest Valid =
        new("GARCÍA MÁRQUEZ", "Ana María", "2001-04-12", "COL", "COL", "ana@example.org", "fr", "2026-09-01");

    [Fact]
    public void Accepts_a_complete_declaration() => Assert.Empty(Valid.Validate());

    [Fact]
    public void Names_every_invalid_field()
    {
        var errors = (Valid with { DateOfBirth = "12/04/2001", Nationality = "CO", Email = "not-an-address", Language = "es" }).Validate();
        Assert.Equal(["dateOfBirth", "email", "language", "nationality"], errors.Keys.Order());
    }

    [Fact]
    public void Refuses_an_impossible_date() =>
        Assert.Contains("rightsStartDate", (Valid with { RightsStartDate = "2026-02-30" }).Validate().Keys);
}
