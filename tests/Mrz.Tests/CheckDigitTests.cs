namespace Mrz.Tests;

public sealed class CheckDigitTests
{
    [Theory]
    [InlineData("L898902C3", '6')]
    [InlineData("740812", '2')]
    [InlineData("120415", '9')]
    [InlineData("ZE184226B<<<<<", '1')]
    [InlineData("L898902C3674081221204159ZE184226B<<<<<1", '0')]
    [InlineData("D23145890", '7')]
    [InlineData("L8988901C", '4')]
    [InlineData("400907", '8')]
    public void Computes_the_check_digits_of_the_icao_specimens(string data, char expected) =>
        Assert.Equal(expected, MrzCheckDigit.Compute(data));

    [Fact]
    public void Values_digits_at_face_value_letters_from_ten_and_filler_as_zero()
    {
        Assert.Equal(7, MrzCheckDigit.ValueOf('7'));
        Assert.Equal(10, MrzCheckDigit.ValueOf('A'));
        Assert.Equal(35, MrzCheckDigit.ValueOf('Z'));
        Assert.Equal(0, MrzCheckDigit.ValueOf('<'));
    }

    [Fact]
    public void Accepts_filler_as_the_check_digit_of_an_empty_field()
    {
        Assert.True(MrzCheckDigit.IsValid("<<<<<<<<<<<<<<", '<'));
        Assert.True(MrzCheckDigit.IsValid("<<<<<<<<<<<<<<", '0'));
        Assert.False(MrzCheckDigit.IsValid("ZE184226B<<<<<", '<'));
    }
}
