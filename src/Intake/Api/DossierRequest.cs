using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Intake.Api;

/// <summary>The applicant's declared data, as the portal sends it. The checks compare documents with it.</summary>
public sealed partial record DossierRequest(
    string? LastName,
    string? FirstNames,
    string? DateOfBirth,
    string? Nationality,
    string? CountryOfBirth,
    string? Email,
    string? Language,
    string? RightsStartDate)
{
    /// <summary>Returns the problems keyed by field, in the shape of a validation problem details.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "lastName", !string.IsNullOrWhiteSpace(LastName) && LastName.Length <= 200, "Required, at most 200 characters.");
        Require(errors, "firstNames", !string.IsNullOrWhiteSpace(FirstNames) && FirstNames.Length <= 200, "Required, at most 200 characters.");
        Require(errors, "dateOfBirth", TryParseDate(DateOfBirth, out _), "Required, as YYYY-MM-DD.");
        Require(errors, "nationality", IsCountryCode(Nationality), "Required, ISO 3166-1 alpha-3 (e.g. COL).");
        Require(errors, "countryOfBirth", IsCountryCode(CountryOfBirth), "Required, ISO 3166-1 alpha-3 (e.g. COL).");
        Require(errors, "email", IsEmail(Email), "Required, a valid e-mail address.");
        Require(errors, "language", Language is "fr" or "en", "Required, fr or en.");
        Require(errors, "rightsStartDate", TryParseDate(RightsStartDate, out _), "Required, as YYYY-MM-DD.");
        return errors;
    }

    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool IsCountryCode(string? value) => value is not null && CountryCode().IsMatch(value);

    private static bool IsEmail(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= 254 && MailAddress.TryCreate(value, out var address) && address.Address == value;

    private static void Require(Dictionary<string, string[]> errors, string field, bool valid, string message)
    {
        if (!valid)
        {
            errors[field] = [message];
        }
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CountryCode();
}
