using Mrz;

namespace Verification.Worker.Identity.Matching;

/// <summary>
/// Declared nationality (ISO 3166-1 alpha-3, as the portal sends it) against the MRZ's ICAO code. The
/// codes agree except where ICAO has its own: "D" for Germany, and the British nationality classes.
/// </summary>
public static class NationalityComparison
{
    private static readonly Dictionary<string, string> IcaoToIso = new(StringComparer.Ordinal)
    {
        ["D"] = "DEU",
        ["GBD"] = "GBR",
        ["GBN"] = "GBR",
        ["GBO"] = "GBR",
        ["GBP"] = "GBR",
        ["GBS"] = "GBR",
    };

    /// <returns>Exact or Mismatch, the ISO code the MRZ's stands for, and why.</returns>
    public static (MatchOutcome Outcome, string Read, string Why) Compare(string declared, string read)
    {
        var code = read.Trim('<', ' ').ToUpperInvariant();
        var iso = IcaoToIso.GetValueOrDefault(code, code);
        return iso == declared.Trim().ToUpperInvariant()
            ? (MatchOutcome.Exact, code, code == iso ? "same code" : $"ICAO code {code} is {iso}")
            : (MatchOutcome.Mismatch, code, "different nationality");
    }
}
