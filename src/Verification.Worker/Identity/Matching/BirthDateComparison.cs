using System.Globalization;

namespace Verification.Worker.Identity.Matching;

/// <summary>
/// Declared birth date against the MRZ's. Near misses are the mistakes people make filling in a form
/// (day and month swapped, one digit wrong) and the century the MRZ does not hold.
/// </summary>
public static class BirthDateComparison
{
    public static Comparison Compare(DateOnly declared, DateOnly? read)
    {
        var declaredText = Iso(declared);
        if (read is not { } mrz)
        {
            return new Comparison(MatchLevel.NearMiss, declaredText, "unreadable", "the MRZ birth date is not a calendar date");
        }
        var readText = Iso(mrz);
        if (mrz == declared)
        {
            return new Comparison(MatchLevel.Match, declaredText, readText, "same date");
        }
        if (mrz.Day == declared.Month && mrz.Month == declared.Day && mrz.Year == declared.Year)
        {
            return new Comparison(MatchLevel.NearMiss, declaredText, readText, "day and month swapped");
        }
        if (mrz.Year % 100 == declared.Year % 100 && mrz.Month == declared.Month && mrz.Day == declared.Day)
        {
            return new Comparison(MatchLevel.NearMiss, declaredText, readText, "same YYMMDD, another century");
        }
        var differing = Yymmdd(declared).Zip(Yymmdd(mrz)).Count(p => p.First != p.Second);
        return differing == 1
            ? new Comparison(MatchLevel.NearMiss, declaredText, readText, "one digit differs")
            : new Comparison(MatchLevel.Mismatch, declaredText, readText, $"{differing} digits differ");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Yymmdd(DateOnly date) => date.ToString("yyMMdd", CultureInfo.InvariantCulture);
}
