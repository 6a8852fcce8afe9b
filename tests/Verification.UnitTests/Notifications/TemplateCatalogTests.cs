using Notification.Worker.Rendering;

namespace Verification.UnitTests.Notifications;

public sealed class TemplateCatalogTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("templates-").FullName;

    public TemplateCatalogTests()
    {
        foreach (var file in Directory.GetFiles(TemplateCatalog.DefaultDirectory))
        {
            File.Copy(file, Path.Combine(_directory, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void The_shipped_templates_load_and_render_every_kind()
    {
        var composer = new NotificationComposer(TemplateCatalog.Load(_directory), Templates.PortalUrl);
        Assert.Same(composer, composer.Validated());
    }

    [Fact]
    public void A_missing_language_stops_the_worker_at_start()
    {
        File.Delete(Path.Combine(_directory, "reminder_2.en.html"));
        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.Load(_directory));
        Assert.Contains("reminder_2.en.html", error.Message);
    }

    [Fact]
    public void A_placeholder_nobody_fills_stops_the_worker_at_start()
    {
        File.AppendAllText(Path.Combine(_directory, "document_accepted.fr.txt"), "\n{{student_number}}\n");
        var composer = new NotificationComposer(TemplateCatalog.Load(_directory), Templates.PortalUrl);
        var error = Assert.Throws<TemplateException>(() => composer.Validated());
        Assert.Contains("student_number", error.Message);
    }

    [Fact]
    public void A_malformed_placeholder_is_refused()
    {
        File.AppendAllText(Path.Combine(_directory, "dossier_complete.en.html"), "<p>{{ Dossier-Id }}</p>");
        var composer = new NotificationComposer(TemplateCatalog.Load(_directory), Templates.PortalUrl);
        Assert.Throws<TemplateException>(() => composer.Validated());
    }

    [Fact]
    public void A_text_template_must_open_with_its_subject()
    {
        File.WriteAllText(Path.Combine(_directory, "document_rejected.en.txt"), "Hello {{first_names}},\n");
        Assert.Throws<TemplateException>(() => TemplateCatalog.Load(_directory));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
