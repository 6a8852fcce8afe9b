using System.Text.Json;

namespace Mrz.Tests;

/// <summary>
/// The image generator (tests/fixtures/mrz/generate.py) writes the MRZ lines and the fields it expects a
/// reader to decode from them. Reading those lines here keeps generator and reader in agreement, so an
/// accuracy figure measured on the images measures OCR, not a disagreement about what the truth is.
/// </summary>
public sealed class FixtureTruthTests
{
    public static TheoryData<string> SampleTruth()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "fixtures", "mrz", "truth.jsonl")))
            data.Add(line);
        return data;
    }

    [Theory]
    [MemberData(nameof(SampleTruth))]
    public void Decodes_the_generated_zones_to_the_fields_the_generator_recorded(string truthLine)
    {
        var truth = JsonDocument.Parse(truthLine).RootElement;
        string Text(string name) => truth.GetProperty(name).GetString() ?? "";
        DateOnly? Date(string name) => truth.GetProperty(name).ValueKind == JsonValueKind.Null ? null : DateOnly.Parse(Text(name));
        var lines = truth.GetProperty("lines").EnumerateArray().Select(l => l.GetString()!).ToArray();

        var result = MrzReader.Read(MrzReading.FromLines(lines), new DateOnly(2026, 9, 1))!;

        Assert.True(result.Valid);
        Assert.Empty(result.Corrections);
        Assert.Equal(Text("format"), result.Format.ToString());
        Assert.Equal(Text("documentCode"), result.DocumentCode);
        Assert.Equal(Text("issuingState"), result.IssuingState);
        Assert.Equal(Text("surname"), result.Surname);
        Assert.Equal(Text("givenNames"), result.GivenNames);
        Assert.Equal(Text("documentNumber"), result.DocumentNumber);
        Assert.Equal(Text("nationality"), result.Nationality);
        Assert.Equal(Text("sex"), result.Sex);
        Assert.Equal(Text("optionalData"), result.OptionalData);
        Assert.Equal(Date("dateOfBirth"), result.DateOfBirth);
        Assert.Equal(Date("expiryDate"), result.ExpiryDate);
        if (truth.TryGetProperty("visaType", out var visaType)) Assert.Equal(visaType.GetString(), result.VisaType);
        Assert.Equal(MatchOutcome.Exact, NameMatcher.Match(Text("declaredSurname"), Text("declaredGivenNames"), result).Outcome);
    }
}
