namespace Mrz.Tests;

/// <summary>Typical OCR damage on the specimens, and how the reader undoes it and reports it.</summary>
public sealed class OcrDamageTests
{
    private static MrzResult ReadRecovered(params string[] lines)
    {
        var result = Specimens.Read(lines);
        Assert.True(result.Valid, string.Join(" / ", result.Lines));
        return result;
    }

    [Theory]
    [InlineData('K')]
    [InlineData('X')]
    [InlineData('S')]
    [InlineData('C')]
    [InlineData('«')]
    public void Recovers_filler_the_ocr_read_as_a_letter_or_chevron_throughout(char substitute)
    {
        var damaged = Specimens.Td3.Select(l => l.Replace('<', substitute)).ToArray();

        var result = ReadRecovered(damaged);

        Assert.Equal(Specimens.Td3[1], result.Lines[1]);
        Assert.Equal("ERIKSSON", result.Surname);
        Assert.Equal("ZE184226B", result.OptionalData);
        Assert.All(result.Corrections, c => Assert.Equal(MrzCorrectionReason.FillerRecovery, c.Reason));
        Assert.Contains(new MrzCorrection(1, 37, substitute, '<', MrzCorrectionReason.FillerRecovery), result.Corrections);
    }

    [Fact]
    public void Keeps_k_x_s_and_c_that_belong_to_names_while_recovering_filler_around_them()
    {
        var damaged = new[] { "P<UTOERIKSSONKKANNAKMARIAKKKKKKKKKKKKKKKKKKK", "L898902C36UTO7408122F1204159ZE184226BKKKKK10" };

        var result = ReadRecovered(damaged);

        Assert.Equal("ERIKSSON", result.Surname);
        // A single K between two given names may be a letter (ANNIKA, ERIKA): it is left to the name matcher.
        Assert.Equal("ANNAKMARIA", result.GivenNames);
        Assert.Equal("P<UTOERIKSSON<<ANNAKMARIA<<<<<<<<<<<<<<<<<<<", result.Lines[0]);
    }

    [Fact]
    public void Recovers_a_separator_and_trailing_filler_read_as_x_in_a_td1_name_line()
    {
        var result = ReadRecovered(Specimens.Td1[0], Specimens.Td1[1], "ERIKSSON<XANNA<MARIAXXXXXXXXXX");

        Assert.Equal(Specimens.Td1[2], result.Lines[2]);
        Assert.Equal("ANNA MARIA", result.GivenNames);
    }

    [Fact]
    public void Maps_letters_to_digits_in_dates_and_check_digits_and_digits_to_letters_in_names_and_codes()
    {
        var result = ReadRecovered("P<UT0ERIK55ON<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<", "L898902C3GUTO74O8I22F12O4I59ZE184226B<<<<<IO");

        Assert.Equal(Specimens.Td3, result.Lines);
        Assert.All(result.Corrections, c => Assert.Equal(MrzCorrectionReason.CharacterClass, c.Reason));
        Assert.Contains(new MrzCorrection(0, 9, '5', 'S', MrzCorrectionReason.CharacterClass), result.Corrections);
        Assert.Contains(new MrzCorrection(1, 15, 'O', '0', MrzCorrectionReason.CharacterClass), result.Corrections);
    }

    [Fact]
    public void Lets_the_check_digit_choose_between_ocr_alternatives()
    {
        // The '8' of 740812 was read as '3'; the OCR's runners-up are '9' (closer) and '8'. Only '8' makes
        // the birth-date check digit agree.
        var line2 = MrzLineReading.FromText("L898902C36UTO7403122F1204159ZE184226B<<<<<10");
        var characters = line2.Characters.ToArray();
        characters[16] = new MrzCharCandidates('3', 0.6f, [new('9', 0.55f), new('8', 0.5f)]);
        var reading = new MrzReading([MrzLineReading.FromText(Specimens.Td3[0]), new MrzLineReading(characters)]);

        var result = MrzReader.Read(reading, Specimens.Today)!;

        Assert.True(result.Valid);
        Assert.Equal(new DateOnly(1974, 8, 12), result.DateOfBirth);
        Assert.Equal([new MrzCorrection(1, 16, '3', '8', MrzCorrectionReason.CheckDigit)], result.Corrections);
    }

    [Fact]
    public void Corrects_a_letter_in_a_document_number_when_the_ocr_doubted_it()
    {
        // In a number a letter may stand anywhere, so the check digit alone cannot say which symbol is wrong;
        // the OCR's hesitation between O and 0 at that one place can.
        var line2 = MrzLineReading.FromText("L8989O2C36UTO7408122F1204159ZE184226B<<<<<10");
        var characters = line2.Characters.ToArray();
        characters[5] = new MrzCharCandidates('O', 0.55f, [new('0', 0.45f), new('D', 0.2f)]);
        var reading = new MrzReading([MrzLineReading.FromText(Specimens.Td3[0]), new MrzLineReading(characters)]);

        var result = MrzReader.Read(reading, Specimens.Today)!;

        Assert.True(result.Valid);
        Assert.Equal("L898902C3", result.DocumentNumber);
        Assert.Equal([new MrzCorrection(1, 5, 'O', '0', MrzCorrectionReason.CheckDigit)], result.Corrections);
    }

    [Fact]
    public void Leaves_the_zone_failing_rather_than_guess_between_two_equally_likely_repairs()
    {
        // 740812 read as 740817: 7→2 in either the first or the last position satisfies both the date's and
        // the composite check digit (changes of 5 weigh the same under 7, 3 and 1).
        var result = Specimens.Read(Specimens.Td3[0], "L898902C36UTO7408172F1204159ZE184226B<<<<<10");

        Assert.False(result.Valid);
        Assert.False(result.CheckValid(MrzCheckKind.DateOfBirth));
        Assert.Empty(result.Corrections);
    }

    [Fact]
    public void Restores_a_filler_the_ocr_dropped_from_a_run()
    {
        var result = ReadRecovered(Specimens.Td3[0], "L898902C36UTO7408122F1204159ZE184226B<<<<10");

        Assert.Equal(Specimens.Td3[1], result.Lines[1]);
        Assert.Equal([new MrzCorrection(1, 41, null, '<', MrzCorrectionReason.LineLength)], result.Corrections);
    }

    [Fact]
    public void Removes_a_filler_the_ocr_doubled_and_a_stray_mark()
    {
        var result = ReadRecovered("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<<|", "L898902C36UTO7408122F1204159ZE184226B<<<<<<10");

        Assert.Equal(Specimens.Td3, result.Lines);
        Assert.Contains(result.Corrections, c => c.Reason == MrzCorrectionReason.StrayCharacter && c.From == '|');
        Assert.Contains(result.Corrections, c => c is { Line: 1, Reason: MrzCorrectionReason.LineLength, From: '<', To: null });
    }

    [Fact]
    public void Recovers_a_digit_the_ocr_dropped_from_a_date_when_the_check_digits_single_out_its_place()
    {
        var result = ReadRecovered(Specimens.Td3[0], "L898902C36UTO748122F1204159ZE184226B<<<<<10");

        Assert.Equal(Specimens.Td3[1], result.Lines[1]);
        Assert.Equal([new MrzCorrection(1, 15, null, '0', MrzCorrectionReason.LineLength)], result.Corrections);
    }

    [Fact]
    public void Pads_lines_the_ocr_cut_short_at_the_end()
    {
        var result = ReadRecovered("I<UTOD231458907<<<<<<<<<<<<", Specimens.Td1[1], "ERIKSSON<<ANNA<MARIA<<<<<");

        Assert.Equal(Specimens.Td1, result.Lines);
        Assert.All(result.Corrections, c => Assert.Equal(MrzCorrectionReason.LineLength, c.Reason));
        Assert.Equal([27, 28, 29], result.Corrections.Where(c => c.Line == 0).Select(c => c.Column));
    }

    [Fact]
    public void Reads_lower_case_text_with_spaces_between_words()
    {
        var result = ReadRecovered("p<uto eriksson<<anna<maria<<<<<<<<<<<<<<<<<<<", "L898902C36 UTO7408122F1204159 ZE184226B<<<<<10");

        Assert.Equal(Specimens.Td3, result.Lines);
        Assert.Empty(result.Corrections);
    }

    [Fact]
    public void Recovers_the_filler_of_a_one_letter_country_code()
    {
        var lines = MrzComposer.Compose(MrzFormat.TD1, "ID", "D<<", "MUELLER", "JOERG", "T22000129", "D<<",
            new DateOnly(1990, 5, 17), "M", new DateOnly(2031, 10, 30), "");
        var damaged = lines.Select(l => l.Replace("D<<", "DKK")).ToArray();

        var result = ReadRecovered(damaged);

        Assert.Equal(("D", "D"), (result.IssuingState, result.Nationality));
        Assert.Equal(lines, result.Lines);
    }

    [Fact]
    public void Combines_two_readings_that_each_misread_a_different_symbol()
    {
        // 8 read as 3 in the birth date by one preprocessing variant, 5 read as 6 in the expiry date by the
        // other: alone, each has several equally cheap repairs; position by position the truth is on offer.
        var first = MrzReading.FromLines(Specimens.Td3[0], "L898902C36UTO7403122F1204159ZE184226B<<<<<10");
        var second = MrzReading.FromLines(Specimens.Td3[0], "L898902C36UTO7408122F1204169ZE184226B<<<<<10");

        var result = MrzReader.Read([first, second], Specimens.Today)!;

        Assert.True(result.Valid);
        Assert.Equal(Specimens.Td3, result.Lines);
    }

    [Fact]
    public void Tells_a_visa_from_a_passport_by_its_document_code_even_when_checks_fail()
    {
        var result = Specimens.Read(Specimens.Td3[0], "L898902C36UTO7408122F1204159ZE184226B<<<<<17");

        Assert.Equal(MrzFormat.TD3, result.Format);
        Assert.False(result.CheckValid(MrzCheckKind.Composite) ?? true);
    }
}
