using Contracts;

namespace Notification.Worker.Rendering;

/// <summary>The subject line, plain-text body and HTML fragment of one kind in one language.</summary>
public sealed record MessageTemplate(string Subject, string Text, string Html);

/// <summary>
/// The editable template files (Templates/README.md), loaded once at start-up. Loading checks that
/// every kind has both languages in both formats, so a missing file stops the worker at start
/// rather than leaving a student without an e-mail later.
/// </summary>
public sealed class TemplateCatalog
{
    public static readonly string[] Languages = ["fr", "en"];

    private const string SubjectPrefix = "Subject:";

    private readonly Dictionary<(string Kind, string Language), MessageTemplate> _templates;

    private TemplateCatalog(Dictionary<(string, string), MessageTemplate> templates, string layout)
    {
        _templates = templates;
        Layout = layout;
    }

    public string Layout { get; }

    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Templates");

    public MessageTemplate For(string kind, string language) =>
        _templates.TryGetValue((kind, language), out var template)
            ? template
            : throw new TemplateException($"No template for {kind} in '{language}'.");

    public static TemplateCatalog Load(string directory)
    {
        var missing = new List<string>();
        string? Read(string name)
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                return File.ReadAllText(path).ReplaceLineEndings("\n");
            }
            missing.Add(name);
            return null;
        }

        var layout = Read("layout.html");
        var templates = new Dictionary<(string, string), MessageTemplate>();
        foreach (var kind in NotificationKinds.All)
        {
            foreach (var language in Languages)
            {
                var text = Read($"{kind}.{language}.txt");
                var html = Read($"{kind}.{language}.html");
                if (text is not null && html is not null)
                {
                    var (subject, body) = SplitSubject(text, $"{kind}.{language}.txt");
                    templates[(kind, language)] = new MessageTemplate(subject, body, html);
                }
            }
        }
        if (missing.Count > 0)
        {
            throw new TemplateException($"Missing templates in {directory}: {string.Join(", ", missing)}.");
        }
        return new TemplateCatalog(templates, layout!);
    }

    private static (string Subject, string Body) SplitSubject(string text, string name)
    {
        var newline = text.IndexOf('\n');
        var first = newline < 0 ? text : text[..newline];
        if (!first.StartsWith(SubjectPrefix, StringComparison.Ordinal))
        {
            throw new TemplateException($"{name} must start with a '{SubjectPrefix} …' line.");
        }
        var body = newline < 0 ? "" : text[(newline + 1)..];
        return (first[SubjectPrefix.Length..].Trim(), body.Trim('\n'));
    }
}
