using System.Globalization;

namespace Verification.Worker.BirthCertificates.Holder;

/// <summary>
/// Compares a declared birth date with the certificate's. A day and month swapped, or one digit
/// changed or two adjacent digits transposed (21/04 for 12/04), is a near miss: a typing or reading
/// slip an agent can settle. Anything else is another date.
/// </summary>
public static class DateComparison
{
    public static Agreement Compare(DateOnly declared, DateOnly found)
    {
        if (declared == found)
        {
            return Agreement.Match;
        }
        var swapped = declared.Day == found.Month && declared.Month == found.Day && declared.Year == found.Year;
        return swapped || OneSlipApart(Digits(declared), Digits(found)) ? Agreement.NearMiss : Agreement.Mismatch;
    }

    private static string Digits(DateOnly date) => date.ToString("ddMMyyyy", CultureInfo.InvariantCulture);

    private static bool OneSlipApart(string a, string b)
    {
        var differences = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return differences.Count == 1
            || (differences.Count == 2 && differences[1] == differences[0] + 1
                && a[differences[0]] == b[differences[1]] && a[differences[1]] == b[differences[0]]);
    }
}
