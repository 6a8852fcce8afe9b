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

    public static Comparison Compare(string declared, string read)
    {
        var code = read.Trim('<', ' ').ToUpperInvariant();
        var iso = IcaoToIso.GetValueOrDefault(code, code);
        var wanted = declared.Trim().ToUpperInvariant();
        return iso == wanted
            ? new Comparison(MatchLevel.Match, wanted, code, code == iso ? "same code" : $"ICAO code {code} is {iso}")
            : new Comparison(MatchLevel.Mismatch, wanted, code, "different nationality");
    }
}
