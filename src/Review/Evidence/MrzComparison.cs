using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Review.Evidence;

/// <summary>One line of the side-by-side table: what the dossier declares and what the MRZ reads.</summary>
public sealed record MrzRow(string Label, string? Declared, string? Read, bool Differs);

/// <summary>
/// Puts the MRZ fields a finding carries next to the declared dossier data. A finding carries them as
/// an object named "mrz" (field names in camelCase, as the MRZ check writes them); the common spellings
/// of each field are accepted so the table keeps working while that check evolves. Comparison is on
/// what an MRZ can hold: capitals without accents, '&lt;' for spaces, YYMMDD dates.
/// </summary>
public static class MrzComparison
{
    private static readonly (string Label, string? Declared, string[] Keys)[] Compared =
    [
        ("Last name", nameof(DeclaredData.LastName), ["surname", "lastName", "primaryIdentifier"]),
        ("First names", nameof(DeclaredData.FirstNames), ["givenNames", "firstNames", "secondaryIdentifier"]),
        ("Date of birth", nameof(DeclaredData.DateOfBirth), ["dateOfBirth", "birthDate"]),
        ("Nationality", nameof(DeclaredData.Nationality), ["nationality"]),
        ("Sex", null, ["sex"]),
        ("Document number", null, ["documentNumber"]),
        ("Issuing state", null, ["issuingState", "issuingCountry", "issuer"]),
        ("Expiry date", null, ["expiryDate", "dateOfExpiry", "expirationDate"]),
        ("Document code", null, ["documentCode", "documentType", "format"]),
    ];

    /// <summary>The rows for the first finding that carries MRZ data, or an empty list when none does.</summary>
    public static IReadOnlyList<MrzRow> Compare(IEnumerable<JsonElement> findings, DeclaredData declared)
    {
        var mrz = findings.Select(FindMrz).FirstOrDefault(m => m is not null);
        if (mrz is not { } fields)
        {
            return [];
        }
        var rows = new List<MrzRow>();
        foreach (var (label, declaredField, keys) in Compared)
        {
            var read = keys.Select(key => Read(fields, key)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
            var declaredValue = declaredField is null ? null : declared.Get(declaredField);
            if (read is null && declaredValue is null)
            {
                continue;
            }
            var differs = declaredValue is not null && read is not null && !Agrees(declaredField!, declaredValue, read);
            rows.Add(new MrzRow(label, declaredValue, read, differs));
        }
        return rows;
    }

    internal static bool Agrees(string field, string declared, string read) => field switch
    {
        nameof(DeclaredData.DateOfBirth) => SameDate(declared, read),
        nameof(DeclaredData.Nationality) => string.Equals(declared.Trim(), read.Trim(), StringComparison.OrdinalIgnoreCase),
        _ => MrzText(declared) == MrzText(read),
    };

    /// <summary>Text as an MRZ writes it: A-Z and digits, accents removed, every other character a single space.</summary>
    internal static string MrzText(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var upper = char.ToUpperInvariant(c);
            builder.Append(upper is >= 'A' and <= 'Z' or >= '0' and <= '9' ? upper : ' ');
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Declared dates are YYYY-MM-DD; an MRZ has YYMMDD (the century is not in it), or a parsed YYYY-MM-DD.</summary>
    internal static bool SameDate(string declared, string read)
    {
        var digitsDeclared = new string(declared.Where(char.IsAsciiDigit).ToArray());
        var digitsRead = new string(read.Where(char.IsAsciiDigit).ToArray());
        return digitsRead.Length switch
        {
            6 when digitsDeclared.Length == 8 => digitsDeclared[2..] == digitsRead,
            _ => digitsDeclared == digitsRead,
        };
    }

    private static JsonElement? FindMrz(JsonElement finding)
    {
        if (finding.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        foreach (var property in finding.EnumerateObject())
        {
            if (string.Equals(property.Name, "mrz", StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.Object ? property.Value : null;
            }
        }
        return null;
    }

    private static string? Read(JsonElement fields, string key)
    {
        foreach (var property in fields.EnumerateObject())
        {
            if (string.Equals(property.Name, key, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString()?.Replace('<', ' ').Trim(),
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                    _ => null,
                };
            }
        }
        return null;
    }
}

/// <summary>What the student declared in the dossier, as strings ready to show.</summary>
public sealed record DeclaredData(string LastName, string FirstNames, string DateOfBirth, string Nationality, string CountryOfBirth,
    string Email, string Language, string RightsStartDate)
{
    public string? Get(string field) => field switch
    {
        nameof(LastName) => LastName,
        nameof(FirstNames) => FirstNames,
        nameof(DateOfBirth) => DateOfBirth,
        nameof(Nationality) => Nationality,
        _ => null,
    };
}
