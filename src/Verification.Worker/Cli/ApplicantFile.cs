using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Verification.Worker.Checks;

namespace Verification.Worker.Cli;

/// <summary>Reads declared data in the shape the portal PUTs to Intake.</summary>
internal static class ApplicantFile
{
    private sealed record Body(string? LastName, string? FirstNames, string? DateOfBirth, string? Nationality, string? CountryOfBirth, string? RightsStartDate);

    public static bool TryRead(FileInfo file, [NotNullWhen(true)] out Applicant? applicant, [NotNullWhen(false)] out string? problem)
    {
        applicant = null;
        Body? body;
        try
        {
            body = JsonSerializer.Deserialize<Body>(File.ReadAllText(file.FullName), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        catch (JsonException exception)
        {
            problem = $"not valid JSON ({exception.Message})";
            return false;
        }
        if (body is null || string.IsNullOrWhiteSpace(body.LastName) || !TryDate(body.DateOfBirth, out var born))
        {
            problem = "needs at least lastName and dateOfBirth (YYYY-MM-DD)";
            return false;
        }
        TryDate(body.RightsStartDate, out var rightsStart);
        applicant = new Applicant(body.LastName, body.FirstNames ?? "", born, body.Nationality ?? "", body.CountryOfBirth ?? "",
            rightsStart == default ? DateOnly.FromDateTime(DateTime.UtcNow) : rightsStart);
        problem = null;
        return true;
    }

    private static bool TryDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
