using Microsoft.Extensions.Options;
using Verification.Worker.Checks;

namespace Verification.Worker.BirthCertificates;

/// <summary>
/// Countries whose birth records CPAM takes without a sworn translation. The state that issues a
/// birth record is the state of birth, so the dossier's country of birth decides; the nationality
/// stands in only when no country of birth was declared.
/// </summary>
public sealed class TranslationExemptions
{
    /// <summary>
    /// The default list (docs/birth-certificates.md explains it). Two groups:
    /// states whose civil registers are kept in English, and states whose civil registers are kept
    /// in French, where a poor scan read as "not French" must not send the student to a translator.
    /// </summary>
    public static readonly IReadOnlyList<string> Default =
    [
        // English-language civil records.
        "GBR", "IRL", "USA", "CAN", "AUS", "NZL", "IND", "PAK", "ZAF", "NGA", "GHA", "KEN", "UGA", "TZA", "ZMB",
        "ZWE", "MWI", "BWA", "NAM", "LSO", "SWZ", "SLE", "LBR", "GMB", "SGP", "PHL", "JAM", "TTO", "BHS", "BRB",
        "GUY", "BLZ", "MLT", "CMR", "RWA", "MUS", "SYC",
        // French-language civil records.
        "LUX", "MCO", "BEN", "BFA", "CIV", "COD", "COG", "GAB", "GIN", "MLI", "NER", "SEN", "TCD", "TGO", "CAF", "HTI",
    ];

    private readonly HashSet<string> _countries;

    public TranslationExemptions(IOptions<BirthCertificateOptions> options)
    {
        var configured = options.Value.TranslationExemptCountries;
        _countries = new HashSet<string>((configured.Length > 0 ? configured : Default).Select(c => c.Trim().ToUpperInvariant()),
            StringComparer.Ordinal);
    }

    public int Count => _countries.Count;

    /// <summary>The country that decides for this applicant, and whether it is exempt; null when the dossier names none.</summary>
    public (string? Country, bool Exempt) For(Applicant? applicant)
    {
        var country = applicant switch
        {
            { CountryOfBirth: { Length: > 0 } born } => born,
            { Nationality: { Length: > 0 } nationality } => nationality,
            _ => null,
        };
        return country is null ? (null, false) : (country.ToUpperInvariant(), _countries.Contains(country.ToUpperInvariant()));
    }
}
