using Verification.Worker.BirthCertificates.Holder;

namespace Verification.UnitTests.BirthCertificates;

public class HolderMatchingTests
{
    [Theory]
    [InlineData("GARCÍA MÁRQUEZ", "GARCIA MARQUEZ", Agreement.Match)]
    [InlineData("García-Márquez", "GARCÍA MÁRQUEZ", Agreement.Match)]
    [InlineData("SHARMA", "PRIYA SHARMA", Agreement.Match)]
    [InlineData("EL AMRANI", "ELAMRANI", Agreement.Match)]
    [InlineData("D'ALMEIDA", "D ALMEIDA", Agreement.Match)]
    [InlineData("MÜLLER", "MULLER", Agreement.Match)]
    [InlineData("GARCÍA MÁRQUEZ", "GARCIA MARQUES", Agreement.NearMiss)]
    [InlineData("GARCÍA MÁRQUEZ", "GARCIA", Agreement.NearMiss)]
    [InlineData("WANG", "WANC", Agreement.NearMiss)]
    [InlineData("GARCÍA MÁRQUEZ", "PÉREZ LÓPEZ", Agreement.Mismatch)]
    [InlineData("LI", "WILLIAMS", Agreement.Mismatch)]
    public void Compares_surnames_after_folding_accents_case_and_punctuation(string declared, string found, Agreement expected) =>
        Assert.Equal(expected, NameComparison.Compare(declared, found));

    [Theory]
    [InlineData("2001-04-12", "2001-04-12", Agreement.Match)]
    [InlineData("2001-04-12", "2001-12-04", Agreement.NearMiss)]
    [InlineData("2001-04-12", "2001-04-21", Agreement.NearMiss)]
    [InlineData("2001-04-12", "2001-04-13", Agreement.NearMiss)]
    [InlineData("2001-04-12", "1998-08-21", Agreement.Mismatch)]
    public void Compares_birth_dates_and_forgives_one_slip_to_an_agent(string declared, string found, Agreement expected) =>
        Assert.Equal(expected, DateComparison.Compare(DateOnly.Parse(declared, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(found, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("12 avril 2001", "2001-04-12")]
    [InlineData("le 1er mars 2000 à Lyon", "2000-03-01")]
    [InlineData("3 septembre 2000 à São Paulo (SP), à 14 h 20", "2000-09-03")]
    [InlineData("April 12, 2001", "2001-04-12")]
    [InlineData("born on the 14th day of March 2000", "2000-03-14")]
    [InlineData("19-07-2001", "2001-07-19")]
    [InlineData("08/02/2001", "2001-02-08")]
    [InlineData("2001-04-12", "2001-04-12")]
    [InlineData("23 novembre 1999", "1999-11-23")]
    public void Reads_dates_written_the_french_and_english_ways(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CertificateDates.FirstIn(text));

    [Fact]
    public void Takes_the_holder_from_labelled_fields_and_not_from_the_parents()
    {
        const string translation = "TRADUCTION\nNom de la mère : LI Mei\nNom : WANG Prénom : Li\nDate de naissance : 08/02/2001\n" +
            "Père : Jorge GARCÍA PINEDA, né le 2 mars 1970";

        var holder = HolderFields.From(translation);

        Assert.Equal("WANG", holder.Surname);
        Assert.Equal(new DateOnly(2001, 2, 8), holder.BirthDate);
    }

    [Theory]
    [InlineData("Née à Milan le 30 janvier 2002", "2002-01-30")]
    [InlineData("Né le : 3 septembre 2000 à São Paulo", "2000-09-03")]
    [InlineData("Date of Birth: 19-07-2001", "2001-07-19")]
    public void Finds_the_birth_date_behind_each_usual_label(string line, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), HolderFields.From(line).BirthDate);
}
