using System.Text.RegularExpressions;

namespace Intake.Api;

internal static partial class Identifiers
{
    /// <summary>The portal's dossier identifiers: short, URL-safe, no surprises in logs or paths.</summary>
    public static bool IsValidDossierId(string dossierId) => DossierId().IsMatch(dossierId);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex DossierId();
}
