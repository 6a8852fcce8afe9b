using System.Text.Json;
using Review.Evidence;

namespace Verification.UnitTests;

public class MrzComparisonTests
{
    private static readonly DeclaredData Declared =
        new("GARCÍA MÁRQUEZ", "Ana María", "2001-04-12", "COL", "COL", "ana@example.org", "fr", "2026-09-01");

    private static List<JsonElement> Findings(string json) => JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();

    [Fact]
    public void Shows_nothing_when_no_finding_carries_an_mrz()
    {
        Assert.Empty(MrzComparison.Compare(Findings("""[{"name":"file_format","outcome":"pass"}]"""), Declared));
    }

    [Fact]
    public void Agrees_with_declared_names_written_without_accents_and_with_filler()
    {
        var rows = MrzComparison.Compare(Findings("""
            [{"name":"mrz","mrz":{"surname":"GARCIA<MARQUEZ","givenNames":"ANA MARIA","dateOfBirth":"2001-04-12","nationality":"COL","documentNumber":"AB123"}}]
            """), Declared);
        Assert.Equal(["Last name", "First names", "Date of birth", "Nationality", "Document number"], rows.Select(r => r.Label));
        Assert.DoesNotContain(rows, r => r.Differs);
        Assert.Equal("GARCIA MARQUEZ", rows[0].Read);
    }

    [Fact]
    public void Highlights_a_birth_date_that_differs_even_in_the_mrzs_six_digit_form()
    {
        var rows = MrzComparison.Compare(Findings("""[{"mrz":{"surname":"GARCIA MARQUEZ","birthDate":"010413"}}]"""), Declared);
        Assert.True(Assert.Single(rows, r => r.Label == "Date of birth").Differs);
        Assert.False(Assert.Single(rows, r => r.Label == "Last name").Differs);
        Assert.True(MrzComparison.SameDate("2001-04-12", "010412"));
    }

    [Fact]
    public void Highlights_a_different_name()
    {
        var rows = MrzComparison.Compare(Findings("""[{"mrz":{"surname":"MARTIN","givenNames":"CAMILLE"}}]"""), Declared);
        Assert.All(rows.Where(r => r.Label is "Last name" or "First names"), r => Assert.True(r.Differs));
    }
}
