using Verification.Worker.Identity.Matching;

namespace Verification.UnitTests.Identity;

public class NameComparisonTests
{
    [Theory]
    [InlineData("Müller", "Jörg", "MUELLER", "JOERG")]
    [InlineData("Müller", "Jörg", "MULLER", "JORG")]
    [InlineData("O'Brien", "Siobhán", "OBRIEN", "SIOBHAN")]
    [InlineData("Smith-Jones", "Mary Ann", "SMITH JONES", "MARY ANN")]
    [InlineData("Østergaard", "Søren", "OESTERGAARD", "SOEREN")]
    [InlineData("Nguyễn", "Thị Minh Anh", "NGUYEN", "THI MINH ANH")]
    [InlineData("El Amrani", "Yasmine", "EL AMRANI", "YASMINE")]
    public void Matches_declared_names_with_the_spelling_an_issuer_uses(string surname, string given, string mrzSurname, string mrzGiven) =>
        Assert.Equal(MatchLevel.Match, NameComparison.Compare(surname, given, mrzSurname, mrzGiven, mrzTruncated: false).Level);

    [Fact]
    public void Matches_a_long_name_the_mrz_had_to_cut() =>
        Assert.Equal(MatchLevel.Match,
            NameComparison.Compare("Wolfeschlegelsteinhausen", "Hubert Blaine", "WOLFESCHLEGELSTEINHAUSEN", "HUBERT BLAI", mrzTruncated: true).Level);

    [Theory]
    [InlineData("Eriksson", "Anna", "ERIKSSON", "ANNA MARIA", "words the other lacks")]
    [InlineData("Eriksson", "Anna Maria", "ERIKSON", "ANNA MARIA", "1 letter(s) differ")]
    [InlineData("Anna Maria", "Eriksson", "ERIKSSON", "ANNA MARIA", "swapped")]
    public void Calls_a_missing_middle_name_a_typo_or_a_swap_a_near_miss(string surname, string given, string mrzSurname, string mrzGiven, string why)
    {
        var comparison = NameComparison.Compare(surname, given, mrzSurname, mrzGiven, mrzTruncated: false);
        Assert.Equal(MatchLevel.NearMiss, comparison.Level);
        Assert.Contains(why, comparison.Why);
    }

    [Fact]
    public void Calls_another_name_a_mismatch() =>
        Assert.Equal(MatchLevel.Mismatch, NameComparison.Compare("Dupont", "Marie", "MARTIN", "CAMILLE", mrzTruncated: false).Level);
}
