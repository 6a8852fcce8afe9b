using System.Reflection;

namespace Contracts;

/// <summary>A reason code with the sentence a student reads, in French and English.</summary>
public sealed record ReasonMessage(string Code, string MessageFr, string MessageEn);

/// <summary>
/// Student-facing sentences for every reason code. Each says what was wrong and what to do next,
/// because the student only ever sees this text, never the findings behind it.
/// </summary>
/// <remarks>
/// The sentences live in <c>ReasonTexts/{code}.{fr|en}.txt</c>, files reviewers edit without touching
/// code. They are embedded here, in the one assembly every service shares, so the API's
/// <c>reasons</c>, the e-mails and the portal events can never disagree on a word.
/// </remarks>
public static class ReasonMessages
{
    private const string ResourcePrefix = "ReasonTexts/";

    private static readonly Dictionary<string, ReasonMessage> Catalog = Load();

    public static IReadOnlyCollection<ReasonMessage> All => Catalog.Values;

    /// <summary>The sentences for a code; an unknown code still gets a sentence rather than an empty e-mail.</summary>
    public static ReasonMessage For(string code) =>
        Catalog.TryGetValue(code, out var message)
            ? message
            : new ReasonMessage(code,
                "Votre document n'a pas pu être validé ; un agent va le vérifier.",
                "Your document could not be validated; an agent will review it.");

    public static bool IsKnown(string code) => Catalog.ContainsKey(code);

    private static Dictionary<string, ReasonMessage> Load()
    {
        var assembly = typeof(ReasonMessages).Assembly;
        var texts = new Dictionary<(string Code, string Language), string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            // "{code}.{language}.txt"
            var parts = name[ResourcePrefix.Length..].Split('.');
            if (parts is [var code, var language, "txt"])
            {
                texts[(code, language)] = Read(assembly, name);
            }
        }
        // A code counts only with both languages: a half-translated code falls back to the generic
        // sentence at run time, and the unit tests name it.
        return texts.Keys.Select(k => k.Code).Distinct()
            .Where(code => texts.ContainsKey((code, "fr")) && texts.ContainsKey((code, "en")))
            .ToDictionary(code => code, code => new ReasonMessage(code, texts[(code, "fr")], texts[(code, "en")]), StringComparer.Ordinal);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        // Editors may wrap a long sentence over several lines; the student reads one paragraph.
        return string.Join(' ', reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
