namespace Mrz.Tests;

public sealed class NameMatcherTests
{
    [Theory]
    [InlineData("Eriksson", "ERIKSSON")]
    [InlineData("GARCÍA MÁRQUEZ", "GARCIA MARQUEZ")]
    [InlineData("García-Márquez", "GARCIA MARQUEZ")]
    [InlineData("O'Brien", "OBRIEN")]
    [InlineData("Müller", "MUELLER")]
    [InlineData("Müller", "MULLER")]
    [InlineData("Straße", "STRASSE")]
    [InlineData("Ångström", "AANGSTROEM")]
    [InlineData("Søren", "SOEREN")]
    [InlineData("Nuñez", "NUNEZ")]
    [InlineData("Æsir", "AESIR")]
    [InlineData("Łukasz", "LUKASZ")]
    [InlineData("van der Berg", "VAN<DER<BERG")]
    public void Matches_declared_names_with_their_icao_transliteration(string declared, string mrz)
    {
        var comparison = NameMatcher.CompareSurname(declared, mrz);

        Assert.Equal(MatchOutcome.Exact, comparison.Outcome);
        Assert.Equal(1, comparison.Similarity);
    }

    [Fact]
    public void Matches_hyphenated_given_names_with_the_mrz_s_separated_ones()
    {
        var comparison = NameMatcher.CompareGivenNames("Anne-Sophie", "ANNE SOPHIE");

        Assert.Equal(MatchOutcome.Exact, comparison.Outcome);
        Assert.Equal("ANNE SOPHIE", comparison.Declared);
    }

    [Fact]
    public void Accepts_a_name_the_issuer_cut_to_fit_a_full_mrz_field()
    {
        var comparison = NameMatcher.CompareGivenNames("Maria Guadalupe Fernanda", "MARIA GUADALUPE FERN", mrzTruncated: true);

        Assert.Equal(MatchOutcome.Exact, comparison.Outcome);
        Assert.Contains("cut", comparison.Reason);
    }

    [Fact]
    public void Sends_a_shorter_mrz_name_to_review_when_the_field_was_not_full()
    {
        var comparison = NameMatcher.CompareGivenNames("Maria Guadalupe", "MARIA GUADAL", mrzTruncated: false);

        Assert.Equal(MatchOutcome.NearMiss, comparison.Outcome);
    }

    [Theory]
    [InlineData("Anna Maria", "ANNA")]
    [InlineData("Anna", "ANNA MARIA")]
    public void Sends_a_missing_given_name_to_review(string declared, string mrz) =>
        Assert.Equal(MatchOutcome.NearMiss, NameMatcher.CompareGivenNames(declared, mrz).Outcome);

    [Theory]
    [InlineData("Erikson", "ERIKSSON")]
    [InlineData("Kowalsky", "KOWALSKI")]
    [InlineData("Hernandes", "HERNANDEZ")]
    [InlineData("Li", "LU")]
    public void Sends_a_typing_slip_to_review_with_both_values_and_a_similarity(string declared, string mrz)
    {
        var comparison = NameMatcher.CompareSurname(declared, mrz);

        Assert.Equal(MatchOutcome.NearMiss, comparison.Outcome);
        Assert.Equal(declared.ToUpperInvariant(), comparison.Declared);
        Assert.Equal(mrz, comparison.Mrz);
        Assert.InRange(comparison.Similarity, 0.5, 0.99);
    }

    [Theory]
    [InlineData("Dupont", "ERIKSSON")]
    [InlineData("Wu", "LI")]
    [InlineData("Nguyen", "SMITH")]
    public void Rejects_a_different_name(string declared, string mrz) =>
        Assert.Equal(MatchOutcome.Mismatch, NameMatcher.CompareSurname(declared, mrz).Outcome);

    [Fact]
    public void Explains_a_separator_the_ocr_read_as_a_letter()
    {
        var comparison = NameMatcher.CompareGivenNames("Anna Maria", "ANNAKMARIA");

        Assert.Equal(MatchOutcome.Exact, comparison.Outcome);
    }

    [Fact]
    public void Matches_surname_and_given_names_against_a_read_zone()
    {
        var mrz = Specimens.Read(Specimens.Td3);

        Assert.Equal(MatchOutcome.Exact, NameMatcher.Match("Eriksson", "Anna-Maria", mrz).Outcome);
        Assert.Equal(MatchOutcome.NearMiss, NameMatcher.Match("Eriksson", "Anna", mrz).Outcome);
        Assert.Equal(MatchOutcome.Mismatch, NameMatcher.Match("Dupont", "Anna Maria", mrz).Outcome);
    }

    [Fact]
    public void Sends_swapped_surname_and_given_names_to_review()
    {
        var mrz = Specimens.Read(Specimens.Td3);

        var result = NameMatcher.Match("Anna Maria", "Eriksson", mrz);

        Assert.Equal(MatchOutcome.NearMiss, result.Outcome);
        Assert.Contains("swapped", result.Surname.Reason);
    }

    [Fact]
    public void Offers_both_icao_forms_of_an_umlaut() =>
        Assert.Equal(["MUELLER", "MULLER"], IcaoTransliteration.Variants("Müller"));
}
