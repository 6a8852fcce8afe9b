using Contracts;
using Notification.Worker.Rendering;

namespace Verification.UnitTests.Notifications;

public class NotificationTemplateTests
{
    public static TheoryData<string, string> KindsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in NotificationKinds.All)
        {
            data.Add(kind, "fr");
            data.Add(kind, "en");
        }
        return data;
    }

    public static TheoryData<string> Codes() => new(ReasonMessages.All.Select(m => m.Code));

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void Every_kind_renders_in_both_languages_with_no_placeholder_left(string kind, string language)
    {
        var mail = Templates.Composer().Compose(Templates.Request(kind, language));

        foreach (var part in new[] { mail.Subject, mail.TextBody, mail.HtmlBody, mail.French.Subject, mail.French.Text, mail.English.Subject, mail.English.Text })
        {
            Assert.False(string.IsNullOrWhiteSpace(part));
            Assert.DoesNotContain("{{", part);
            Assert.DoesNotContain("}}", part);
        }
        Assert.Contains("Bonjour Ana María GARCÍA MÁRQUEZ", mail.French.Text);
        Assert.Contains("Hello Ana María GARCÍA MÁRQUEZ", mail.English.Text);
        Assert.Contains("lang=\"fr\"", mail.HtmlBody);
        Assert.Contains("lang=\"en\"", mail.HtmlBody);
        Assert.DoesNotContain('\n', mail.Subject);
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void The_students_language_comes_first_in_subject_text_and_html(string kind, string language)
    {
        var mail = Templates.Composer().Compose(Templates.Request(kind, language));
        var (first, second) = language == "fr" ? (mail.French, mail.English) : (mail.English, mail.French);

        Assert.StartsWith(first.Subject.Split(" : ")[0], mail.Subject);
        Assert.True(mail.TextBody.IndexOf(first.Text, StringComparison.Ordinal) == 0, "the student's language opens the text body");
        Assert.True(mail.TextBody.IndexOf(second.Text, StringComparison.Ordinal) > first.Text.Length, "the other language follows");
        var otherLanguage = language == "fr" ? "en" : "fr";
        Assert.True(mail.HtmlBody.IndexOf($"<div lang=\"{language}\">", StringComparison.Ordinal)
            < mail.HtmlBody.IndexOf($"<div lang=\"{otherLanguage}\">", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_reason_code_says_what_to_do_in_both_languages_in_text_and_html(string code)
    {
        var reason = ReasonMessages.For(code);
        var mail = Templates.Composer().Compose(Templates.Request(NotificationKinds.Rejected, "en", [code]));

        Assert.Contains(reason.MessageFr, mail.TextBody);
        Assert.Contains(reason.MessageEn, mail.TextBody);
        Assert.Contains(reason.MessageFr, mail.French.Text);
        Assert.Contains(reason.MessageEn, mail.English.Text);
        Assert.Contains($"<li>{TemplateRenderer.EncodeHtml(reason.MessageFr)}</li>", mail.HtmlBody);
        Assert.Contains($"<li>{TemplateRenderer.EncodeHtml(reason.MessageEn)}</li>", mail.HtmlBody);
    }

    [Fact]
    public void The_blurry_sentence_asks_for_a_rescan_in_good_light_with_four_corners_no_glare_and_the_file_rules()
    {
        var blurry = ReasonMessages.For(ReasonCodes.Blurry);
        foreach (var expected in new[] { "good light", "four corners", "no glare", "PDF, JPEG or PNG", "4 MB" })
        {
            Assert.Contains(expected, blurry.MessageEn);
        }
        foreach (var expected in new[] { "bien éclairé", "quatre coins", "sans reflet", "PDF, JPEG ou PNG", "4 Mo" })
        {
            Assert.Contains(expected, blurry.MessageFr);
        }
    }

    [Fact]
    public void A_hostile_name_is_encoded_in_html_and_verbatim_in_plain_text()
    {
        var student = Templates.Student(firstNames: "<script>alert('x')</script>", lastName: "O'Brien & <b>Co</b>");
        var mail = Templates.Composer().Compose(Templates.Request(NotificationKinds.Rejected, student: student));

        Assert.DoesNotContain("<script>", mail.HtmlBody);
        Assert.DoesNotContain("<b>Co</b>", mail.HtmlBody);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody);
        Assert.Contains("&amp;", mail.HtmlBody);
        Assert.Contains("<script>alert('x')</script>", mail.TextBody);
    }

    [Fact]
    public void A_name_that_looks_like_a_placeholder_stays_literal()
    {
        var student = Templates.Student(firstNames: "{{reasons}}", lastName: "{{portal_url}}");
        var mail = Templates.Composer().Compose(Templates.Request(NotificationKinds.Accepted, student: student));

        Assert.Contains("Bonjour {{reasons}} {{portal_url}},", mail.TextBody);
        Assert.DoesNotContain(Templates.PortalUrl, mail.French.Text.Split('\n')[0]);
    }

    [Fact]
    public void Subjects_keep_the_wording_students_and_tests_already_know()
    {
        var composer = Templates.Composer();
        Assert.StartsWith("Document à renvoyer / Document to upload again : Acte de naissance",
            composer.Compose(Templates.Request(NotificationKinds.Rejected, "fr")).Subject);
        Assert.StartsWith("Document accepted / Document accepté", composer.Compose(Templates.Request(NotificationKinds.Accepted, "en")).Subject);
        Assert.StartsWith("Document being checked / Document en cours de vérification",
            composer.Compose(Templates.Request(NotificationKinds.UnderReview, "en")).Subject);
    }

    [Fact]
    public void The_closure_email_says_how_to_reopen_the_dossier()
    {
        var mail = Templates.Composer().Compose(Templates.Request(NotificationKinds.DossierClosed, "fr"));
        Assert.Contains("Pour rouvrir votre dossier", mail.French.Text);
        Assert.Contains("To reopen your file", mail.English.Text);
        Assert.Contains(Templates.PortalUrl, mail.TextBody);
        Assert.Contains("2 mars 2026", mail.French.Text);
    }

    [Fact]
    public void Reminders_name_the_date_the_dossier_closes()
    {
        var mail = Templates.Composer().Compose(Templates.Request(NotificationKinds.Reminder2, "en"));
        Assert.Contains("16 March 2026", mail.English.Text);
        Assert.Contains("16 mars 2026", mail.French.Text);
    }
}
