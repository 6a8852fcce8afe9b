using Microsoft.Extensions.Options;
using Verification.Worker.BirthCertificates;
using Verification.Worker.Checks;

namespace Verification.UnitTests.BirthCertificates;

public class TranslationExemptionsTests
{
    private static Applicant Born(string country, string nationality = "COL") =>
        new("GARCÍA", "Ana", new DateOnly(2001, 4, 12), nationality, country, new DateOnly(2026, 9, 1));

    [Fact]
    public void Exempts_english_speaking_countries_by_default_and_decides_on_the_country_of_birth()
    {
        var exemptions = new TranslationExemptions(Options.Create(new BirthCertificateOptions()));

        Assert.True(exemptions.For(Born("IND", nationality: "IND")).Exempt);
        Assert.True(exemptions.For(Born("GBR", nationality: "COL")).Exempt);
        Assert.False(exemptions.For(Born("COL", nationality: "IND")).Exempt);
        Assert.True(exemptions.For(Born("", nationality: "NGA")).Exempt);
        Assert.Equal((null, false), exemptions.For(null));
    }

    [Fact]
    public void A_configured_list_replaces_the_default_rather_than_extending_it()
    {
        var exemptions = new TranslationExemptions(Options.Create(new BirthCertificateOptions { TranslationExemptCountries = ["col"] }));

        Assert.True(exemptions.For(Born("COL")).Exempt);
        Assert.False(exemptions.For(Born("IND")).Exempt);
    }
}
