using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Notification.Worker.Rendering;

/// <summary>A template names a placeholder nobody fills, or has a stray brace pair.</summary>
public sealed class TemplateException(string message) : Exception(message);

/// <summary>
/// Fills <c>{{name}}</c> placeholders in one pass. A value is inserted once and never read again as
/// template text, so a student called "{{reasons}}" stays literally that; in HTML every value is
/// encoded, so a student called "&lt;script&gt;" stays text. Only fragments this worker built itself
/// (lists, the two language sections) go in raw.
/// </summary>
public static partial class TemplateRenderer
{
    // Accented names stay readable in the HTML source; only what HTML gives meaning to is encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string EncodeHtml(string value) => Html.Encode(value);

    public static string RenderText(string template, IReadOnlyDictionary<string, string> values) =>
        Render(template, values, static value => value, raw: null);

    public static string RenderHtml(string template, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string>? raw = null) =>
        Render(template, values, EncodeHtml, raw);

    /// <summary>Throws unless every brace pair in the template is a well-formed placeholder.</summary>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        var names = Placeholder().Matches(template).Select(m => m.Groups[1].Value).Distinct().ToList();
        var rest = Placeholder().Replace(template, "");
        if (rest.Contains("{{", StringComparison.Ordinal) || rest.Contains("}}", StringComparison.Ordinal))
        {
            throw new TemplateException("Malformed placeholder: use {{name}} with lower-case letters, digits and '_'.");
        }
        return names;
    }

    private static string Render(string template, IReadOnlyDictionary<string, string> values, Func<string, string> encode,
        IReadOnlyDictionary<string, string>? raw)
    {
        Placeholders(template);
        return Placeholder().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            if (raw is not null && raw.TryGetValue(name, out var fragment))
            {
                return fragment;
            }
            return values.TryGetValue(name, out var value)
                ? encode(value)
                : throw new TemplateException($"Unknown placeholder {{{{{name}}}}}.");
        });
    }

    [GeneratedRegex(@"\{\{\s*([a-z0-9_]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
