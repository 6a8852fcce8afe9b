using System.Globalization;

namespace Mrz;

/// <summary>
/// Compares a declared birth date with the MRZ's. Day and month swapped (the US and European orders),
/// a single digit off, or a century the two-digit MRZ year cannot tell are near misses for an agent;
/// anything else is a mismatch. An MRZ without a readable date cannot confirm anything: a near miss.
/// </summary>
public static class BirthDateMatcher
{
    public static DateComparison Compare(DateOnly declared, DateOnly? mrz)
    {
        if (mrz is not { } read) return new(MatchOutcome.NearMiss, declared, null, "no readable birth date in the MRZ");
        if (read == declared) return new(MatchOutcome.Exact, declared, read, "identical");
        if (read.Day == declared.Month && read.Month == declared.Day && read.Year == declared.Year)
            return new(MatchOutcome.NearMiss, declared, read, "day and month swapped");
        if (read.Month == declared.Month && read.Day == declared.Day && Math.Abs(read.Year - declared.Year) == 100)
            return new(MatchOutcome.NearMiss, declared, read, "century differs");
        var differingDigits = Digits(declared).Zip(Digits(read)).Count(p => p.First != p.Second);
        return differingDigits == 1
            ? new(MatchOutcome.NearMiss, declared, read, "one digit differs")
            : new(MatchOutcome.Mismatch, declared, read, "different dates");
    }

    private static string Digits(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
