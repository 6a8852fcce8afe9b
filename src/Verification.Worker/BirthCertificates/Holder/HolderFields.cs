using System.Text.RegularExpressions;

namespace Verification.Worker.BirthCertificates.Holder;

/// <summary>The holder as a French or English page names them: the surname field and the birth date.</summary>
/// <param name="Surname">The value of the first surname (or full-name) field; null when there is none.</param>
/// <param name="BirthDateText">The text after the birth-date label, for the agent; null when there is none.</param>
public sealed partial record HolderFields(string? Surname, DateOnly? BirthDate, string? BirthDateText)
{
    public static HolderFields From(string text) => new(SurnameIn(text), BirthDateIn(text, out var written), written);

    private static string? SurnameIn(string text)
    {
        foreach (var line in Lines(text))
        {
            var match = SurnameLabel().Match(line);
            if (match.Success)
            {
                var value = line[(match.Index + match.Length)..];
                // "Nom : WANG   Prénom : Li": the value stops where the next label starts.
                var next = NextLabel().Match(value);
                value = (next.Success ? value[..next.Index] : value).Trim(' ', ',', ';', '.', '\t');
                if (value.Any(char.IsLetter))
                {
                    return value;
                }
            }
        }
        return null;
    }

    private static DateOnly? BirthDateIn(string text, out string? written)
    {
        foreach (var line in Lines(text))
        {
            var match = BirthDateLabel().Match(line);
            if (match.Success)
            {
                written = line[match.Index..].Trim();
                return CertificateDates.FirstIn(line[(match.Index + match.Length)..]);
            }
        }
        written = null;
        return null;
    }

    private static IEnumerable<string> Lines(string text) => text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    // Surname labels in French and English, directly followed by a colon, so "Nom de la mère :" and
    // "Name of father:" are not taken for the holder's name.
    [GeneratedRegex(@"^\W{0,3}(nom de famille|nom patronymique|noms?|nom\s?\(s\)|nom et pr[ée]noms?(\s?\(s\))?|nom,? pr[ée]noms?|noms? et pr[ée]noms?|surname|last name|family name|full name|name of (the )?child|name)\s*[:：]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex SurnameLabel();

    [GeneratedRegex(@"\s[\p{L}][\p{L}()' ]{1,24}\s?[:：]")]
    private static partial Regex NextLabel();

    [GeneratedRegex(@"^\W{0,3}(date de naissance|date et lieu de naissance|n[ée]e?\s?(\(e\))?\s?(\s(a|à)\s[^:\n]{1,40}?)?\sle|date of birth|born( on)?|d\.?o\.?b\.?)\b\s*[:：]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex BirthDateLabel();
}
