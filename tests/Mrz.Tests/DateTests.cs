namespace Mrz.Tests;

public sealed class DateTests
{
    private static readonly DateOnly Today = new(2026, 9, 1);

    [Theory]
    [InlineData("740812", 1974)]
    [InlineData("040309", 2004)]
    [InlineData("260901", 2026)]
    [InlineData("260902", 1926)]
    [InlineData("991231", 1999)]
    public void Puts_a_birth_date_in_the_latest_century_that_is_not_in_the_future(string yymmdd, int year) =>
        Assert.Equal(year, MrzDates.BirthDate(yymmdd, Today)?.Year);

    [Theory]
    [InlineData("270831", 2027)]
    [InlineData("120415", 2012)]
    [InlineData("761231", 2076)]
    [InlineData("961210", 1996)]
    public void Puts_an_expiry_date_in_this_century_unless_that_is_more_than_fifty_years_ahead(string yymmdd, int year) =>
        Assert.Equal(year, MrzDates.ExpiryDate(yymmdd, Today)?.Year);

    [Theory]
    [InlineData("741312")]
    [InlineData("740230")]
    [InlineData("74<<<<")]
    [InlineData("7408")]
    public void Gives_no_date_for_what_is_not_a_calendar_date(string yymmdd)
    {
        Assert.Null(MrzDates.BirthDate(yymmdd, Today));
        Assert.Null(MrzDates.ExpiryDate(yymmdd, Today));
    }
}
