namespace Mrz.Tests;

public sealed class BirthDateMatcherTests
{
    private static readonly DateOnly Declared = new(2003, 4, 11);

    [Fact]
    public void Matches_the_same_date() =>
        Assert.Equal(MatchOutcome.Exact, BirthDateMatcher.Compare(Declared, new DateOnly(2003, 4, 11)).Outcome);

    [Theory]
    [InlineData(2003, 11, 4, "swapped")]
    [InlineData(2003, 4, 17, "digit")]
    [InlineData(2008, 4, 11, "digit")]
    [InlineData(1903, 4, 11, "century")]
    public void Sends_a_swapped_day_and_month_a_single_digit_or_the_century_to_review(int year, int month, int day, string reason)
    {
        var comparison = BirthDateMatcher.Compare(Declared, new DateOnly(year, month, day));

        Assert.Equal(MatchOutcome.NearMiss, comparison.Outcome);
        Assert.Contains(reason, comparison.Reason);
    }

    [Fact]
    public void Rejects_a_different_date() =>
        Assert.Equal(MatchOutcome.Mismatch, BirthDateMatcher.Compare(Declared, new DateOnly(1998, 12, 30)).Outcome);

    [Fact]
    public void Sends_an_unreadable_mrz_date_to_review() =>
        Assert.Equal(MatchOutcome.NearMiss, BirthDateMatcher.Compare(Declared, null).Outcome);
}
