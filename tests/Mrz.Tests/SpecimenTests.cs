namespace Mrz.Tests;

/// <summary>The Doc 9303 specimens read as printed: every field decoded, nothing corrected.</summary>
public sealed class SpecimenTests
{
    [Fact]
    public void Reads_the_td3_passport_specimen()
    {
        var result = Specimens.Read(Specimens.Td3);

        Assert.Equal(MrzFormat.TD3, result.Format);
        Assert.True(result.Valid);
        Assert.Equal(5, result.CheckDigits.Count);
        Assert.Equal("P", result.DocumentCode);
        Assert.Equal("UTO", result.IssuingState);
        Assert.Equal("ERIKSSON", result.Surname);
        Assert.Equal("ANNA MARIA", result.GivenNames);
        Assert.Equal("L898902C3", result.DocumentNumber);
        Assert.Equal("UTO", result.Nationality);
        Assert.Equal(new DateOnly(1974, 8, 12), result.DateOfBirth);
        Assert.Equal("F", result.Sex);
        Assert.Equal(new DateOnly(2012, 4, 15), result.ExpiryDate);
        Assert.Equal("ZE184226B", result.OptionalData);
        Assert.Null(result.VisaType);
        Assert.False(result.NameTruncated);
        Assert.Empty(result.Corrections);
        Assert.Equal(Specimens.Td3, result.Lines);
    }

    [Fact]
    public void Reads_the_td1_card_specimen()
    {
        var result = Specimens.Read(Specimens.Td1);

        Assert.Equal(MrzFormat.TD1, result.Format);
        Assert.True(result.Valid);
        Assert.Equal("I", result.DocumentCode);
        Assert.Equal("D23145890", result.DocumentNumber);
        Assert.Equal(("ERIKSSON", "ANNA MARIA"), (result.Surname, result.GivenNames));
        Assert.Equal(new DateOnly(1974, 8, 12), result.DateOfBirth);
        Assert.Equal(new DateOnly(2012, 4, 15), result.ExpiryDate);
        Assert.Equal("UTO", result.Nationality);
        Assert.Equal(("", ""), (result.OptionalData, result.OptionalData2));
        Assert.True(result.CheckValid(MrzCheckKind.Composite));
        Assert.Null(result.CheckValid(MrzCheckKind.OptionalData));
        Assert.Empty(result.Corrections);
    }

    [Fact]
    public void Reads_the_td2_card_specimen()
    {
        var result = Specimens.Read(Specimens.Td2);

        Assert.Equal(MrzFormat.TD2, result.Format);
        Assert.True(result.Valid);
        Assert.Equal("D23145890", result.DocumentNumber);
        Assert.Equal(("ERIKSSON", "ANNA MARIA"), (result.Surname, result.GivenNames));
        Assert.Equal(new DateOnly(1974, 8, 12), result.DateOfBirth);
        Assert.Empty(result.Corrections);
    }

    [Fact]
    public void Reads_the_mrv_a_visa_specimen_with_its_two_digit_years_in_the_right_centuries()
    {
        var result = Specimens.Read(Specimens.MrvA);

        Assert.Equal(MrzFormat.MRVA, result.Format);
        Assert.True(result.Valid);
        Assert.Equal(3, result.CheckDigits.Count);
        Assert.Equal("V", result.DocumentCode);
        Assert.Equal("L8988901C", result.DocumentNumber);
        Assert.Equal("XXX", result.Nationality);
        Assert.Equal(new DateOnly(1940, 9, 7), result.DateOfBirth);
        Assert.Equal(new DateOnly(1996, 12, 10), result.ExpiryDate);
        Assert.Equal("6ZE184226B", result.OptionalData);
        Assert.True(result.IsVisa);
        Assert.Null(result.VisaType);
        Assert.False(result.IsLongStayVisa);
        Assert.Empty(result.Corrections);
    }

    [Fact]
    public void Reads_the_mrv_b_visa_specimen()
    {
        var result = Specimens.Read(Specimens.MrvB);

        Assert.Equal(MrzFormat.MRVB, result.Format);
        Assert.True(result.Valid);
        Assert.Equal("L8988901C", result.DocumentNumber);
        Assert.Equal("", result.OptionalData);
        Assert.Empty(result.Corrections);
    }

    [Fact]
    public void Reads_the_old_french_identity_card()
    {
        var result = Specimens.Read(Specimens.FrenchId);

        Assert.Equal(MrzFormat.FrenchId, result.Format);
        Assert.True(result.Valid);
        Assert.Equal("ID", result.DocumentCode);
        Assert.Equal(("FRA", "FRA"), (result.IssuingState, result.Nationality));
        Assert.Equal("DOUEL", result.Surname);
        Assert.Equal("CHRISTIANE NI", result.GivenNames);
        Assert.True(result.NameTruncated);
        Assert.Equal("050693202043", result.DocumentNumber);
        Assert.Equal(new DateOnly(1929, 6, 20), result.DateOfBirth);
        Assert.Null(result.ExpiryDate);
        Assert.Equal("932013", result.OptionalData);
        Assert.Empty(result.Corrections);
    }

    [Fact]
    public void Reads_a_long_stay_visa_type_from_the_document_code()
    {
        var lines = MrzComposer.Compose(MrzFormat.MRVA, "VD", "FRA", "NGUYEN", "LINH", "25AB12345", "VNM",
            new DateOnly(2004, 3, 9), "F", new DateOnly(2027, 8, 31), "");

        var result = Specimens.Read(lines);

        Assert.True(result.Valid);
        Assert.Equal("VD", result.DocumentCode);
        Assert.Equal("D", result.VisaType);
        Assert.True(result.IsLongStayVisa);
        Assert.Equal(new DateOnly(2027, 8, 31), result.ExpiryDate);
    }

    [Fact]
    public void Reads_a_td1_document_number_longer_than_nine_characters_from_the_optional_data()
    {
        // Doc 9303 Part 5: filler in the number's check-digit position, the rest and its check digit after it.
        var first = "I<UTOD23145890<7349<<<<<<<<<<<";
        var second = "3407127M9507122UTO<<<<<<<<<<<" ;
        second += MrzCheckDigit.Compute(first[5..30] + second[..7] + second[8..15] + second[18..29]);

        var result = Specimens.Read(first, second, "STEVENSON<<PETER<JOHN<<<<<<<<<");

        Assert.True(result.Valid);
        Assert.Equal("D23145890734", result.DocumentNumber);
        Assert.Equal("", result.OptionalData);
    }

    [Fact]
    public void Finds_the_zone_among_other_text_lines()
    {
        var text = "PASSPORT  PASSEPORT\nSurname / Nom ERIKSSON\nGiven names ANNA MARIA\n" +
                   string.Join('\n', Specimens.Td3) + "\n";

        var result = MrzReader.Read(text, Specimens.Today);

        Assert.NotNull(result);
        Assert.True(result.Valid);
        Assert.Equal("L898902C3", result.DocumentNumber);
    }

    [Fact]
    public void Reports_no_zone_when_no_lines_have_the_shape_of_one()
    {
        Assert.Null(MrzReader.Read("CERTIFICAT DE SCOLARITE\nAnnée universitaire 2025-2026", Specimens.Today));
        Assert.Null(MrzReader.Read("", Specimens.Today));
    }
}
