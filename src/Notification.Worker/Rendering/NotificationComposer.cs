using System.Globalization;
using Contracts;

namespace Notification.Worker.Rendering;

/// <summary>
/// Turns a <see cref="NotificationRequest"/> into the e-mail and the portal texts: the student's
/// language first, then the other, every reason with its sentence in each.
/// </summary>
public sealed class NotificationComposer(TemplateCatalog templates, string portalUrl)
{
    private const string TextSeparator = "\n\n---------------------------------------------\n\n";

    private static readonly TimeZoneInfo France = FindFrance();

    /// <summary>Renders every kind in both languages once, so a template naming an unknown placeholder fails at start.</summary>
    public NotificationComposer Validated()
    {
        var student = new Student("D-CHECK", "check@example.org", "fr", "Check", "CHECK", null);
        foreach (var kind in NotificationKinds.All)
        {
            Compose(new NotificationRequest(kind, student, DocumentTypes.BirthCertificate, [ReasonCodes.Blurry], DateTimeOffset.UnixEpoch,
                DateTimeOffset.UnixEpoch));
        }
        return this;
    }

    public RenderedNotification Compose(NotificationRequest request)
    {
        var first = request.Student.Language == "en" ? "en" : "fr";
        var second = first == "fr" ? "en" : "fr";
        var sections = TemplateCatalog.Languages.ToDictionary(language => language, language => RenderSection(request, language));
        var (a, b) = (sections[first], sections[second]);

        var subject = $"{a.Subject} / {b.Subject}";
        if (IsAboutOneDocument(request.Kind))
        {
            subject += $" : {DocumentTypeLabels.For(request.DocumentType, first)}";
        }
        var html = TemplateRenderer.RenderHtml(templates.Layout,
            new Dictionary<string, string> { ["lang"] = first, ["first_lang"] = first, ["second_lang"] = second, ["subject"] = subject },
            new Dictionary<string, string> { ["first"] = a.Html, ["second"] = b.Html });
        return new RenderedNotification(OneLine(subject), a.Text + TextSeparator + b.Text, html,
            new LanguageVersion(PortalSubject(sections["fr"].Subject, request, "fr"), sections["fr"].Text),
            new LanguageVersion(PortalSubject(sections["en"].Subject, request, "en"), sections["en"].Text));
    }

    private (string Subject, string Text, string Html) RenderSection(NotificationRequest request, string language)
    {
        var template = templates.For(request.Kind, language);
        var values = Values(request, language);
        var reasons = request.ReasonCodes.Select(ReasonMessages.For).Select(m => language == "fr" ? m.MessageFr : m.MessageEn).ToList();
        values["reasons"] = string.Join('\n', reasons.Select(sentence => $"  - {sentence}"));
        var reasonList = reasons.Count == 0
            ? ""
            : "<ul>\n" + string.Concat(reasons.Select(sentence => $"<li>{TemplateRenderer.EncodeHtml(sentence)}</li>\n")) + "</ul>";
        return (TemplateRenderer.RenderText(template.Subject, values),
            TemplateRenderer.RenderText(template.Text, values),
            TemplateRenderer.RenderHtml(template.Html, values, new Dictionary<string, string> { ["reasons"] = reasonList }));
    }

    private Dictionary<string, string> Values(NotificationRequest request, string language)
    {
        var culture = CultureInfo.GetCultureInfo(language == "fr" ? "fr-FR" : "en-GB");
        return new Dictionary<string, string>
        {
            ["first_names"] = request.Student.FirstNames,
            ["last_name"] = request.Student.LastName,
            ["dossier_id"] = request.Student.DossierId,
            ["document_type"] = DocumentTypeLabels.For(request.DocumentType, language),
            ["date"] = FormatDate(request.Now, culture),
            ["deadline"] = FormatDate(request.Deadline ?? request.Now, culture),
            ["portal_url"] = portalUrl,
        };
    }

    private static string PortalSubject(string subject, NotificationRequest request, string language) =>
        IsAboutOneDocument(request.Kind) ? $"{subject} : {DocumentTypeLabels.For(request.DocumentType, language)}" : subject;

    private static bool IsAboutOneDocument(string kind) =>
        kind is NotificationKinds.Accepted or NotificationKinds.Rejected or NotificationKinds.UnderReview
            or NotificationKinds.Reminder1 or NotificationKinds.Reminder2;

    // A header line: whatever a template says, it cannot add a header.
    private static string OneLine(string subject) => subject.ReplaceLineEndings(" ");

    // Dates as a student in France reads them, whatever the server's zone.
    private static string FormatDate(DateTimeOffset instant, CultureInfo culture) =>
        TimeZoneInfo.ConvertTime(instant, France).ToString("d MMMM yyyy", culture);

    private static TimeZoneInfo FindFrance()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
