using System.Net.Http.Json;
using System.Text.Json;
using Contracts;
using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests.Notifications;

/// <summary>Reminders and closure, driven in seconds through the worker's reminder delay.</summary>
[Collection(StackCollection.Name)]
public sealed class ReminderTests(StackFixture stack) : IDisposable
{
    private readonly Mailbox _mail = new(TestEnvironment.MailDevUrl);

    private static Dictionary<string, string> Seconds(int delay) => new()
    {
        ["Reminders__Delay"] = $"00:00:{delay:00}",
        ["Reminders__PollInterval"] = "00:00:01",
    };

    [Fact]
    public async Task A_rejected_document_gets_two_reminders_then_the_dossier_is_closed_and_a_new_upload_reopens_it()
    {
        await using var worker = await WorkerSettings.ApplyAsync(stack, Seconds(3));
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync("fr");
        var documentId = await stack.Portal.UploadAcceptedAsync(dossierId, DocumentTypes.BirthCertificate, "acte.pdf", Fixtures.Read("not-a-pdf.pdf"));

        var mails = await _mail.WaitForAsync(email, 4, TimeSpan.FromSeconds(60), settle: TimeSpan.FromSeconds(4));
        Assert.Collection(mails,
            m => Assert.StartsWith("Document à renvoyer /", m.Subject),
            m => Assert.StartsWith("Rappel : document à renvoyer / Reminder: document to upload again", m.Subject),
            m => Assert.StartsWith("Dernier rappel : document à renvoyer / Last reminder", m.Subject),
            m => Assert.StartsWith("Votre dossier est clos / Your file has been closed", m.Subject));
        var unsupported = ReasonMessages.For(ReasonCodes.UnsupportedFormat);
        Assert.All(mails[1..], m => Assert.Contains(unsupported.MessageFr, m.Text));
        Assert.Contains("Pour rouvrir votre dossier", mails[3].Text);
        Assert.Contains("To reopen your file", mails[3].Text);

        Assert.Equal("done", await NotificationRecords.ReminderStatusAsync(stack, documentId));
        Assert.NotNull((await DossierAsync(dossierId)).GetProperty("closedAt").GetString());
        var events = await NotificationRecords.EventsAsync(stack, dossierId);
        var closed = Assert.Single(events, e => e.Type == "Contracts.DossierClosed").Payload;
        Assert.Equal(documentId, closed.GetProperty("documentId").GetGuid());
        Assert.Equal(["document_rejected", "reminder_1", "reminder_2", "dossier_closed"],
            events.Where(e => e.Type == "Contracts.StudentNotified").Select(e => e.Payload.GetProperty("kind").GetString()));

        // Uploading again is how the student reopens the dossier, as the closure e-mail says.
        var reopening = await stack.Portal.UploadAcceptedAsync(dossierId, DocumentTypes.BirthCertificate, "acte.jpg", Fixtures.Read("clean.jpg"));
        Assert.Equal(JsonValueKind.Null, (await DossierAsync(dossierId)).GetProperty("closedAt").ValueKind);
        var reopened = Assert.Single(await NotificationRecords.EventsAsync(stack, dossierId), e => e.Type == "Contracts.DossierReopened").Payload;
        Assert.Equal(reopening, reopened.GetProperty("documentId").GetGuid());
    }

    [Fact]
    public async Task A_new_upload_of_the_type_cancels_the_pending_reminders()
    {
        await using var worker = await WorkerSettings.ApplyAsync(stack, Seconds(5));
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync("en");
        var rejected = await stack.Portal.UploadAcceptedAsync(dossierId, DocumentTypes.ResidencePermit, "permit.pdf", Fixtures.Read("corrupt.pdf"));
        Assert.Equal("rejected", (await stack.Portal.WaitForDecisionAsync(rejected)).Status);
        await NotificationRecords.WaitForAsync(() => NotificationRecords.ReminderStatusAsync(stack, rejected), status => status == "pending",
            TimeSpan.FromSeconds(10), "the reminder track of the rejection");

        var replacement = await stack.Portal.UploadAcceptedAsync(dossierId, DocumentTypes.ResidencePermit, "permit.jpg", Fixtures.Read("clean.jpg"));
        Assert.Equal("cancelled", await NotificationRecords.ReminderStatusAsync(stack, rejected));
        await stack.Portal.WaitForDecisionAsync(replacement);

        // Three delays: reminder 1, reminder 2 and the closure would all have fired by now.
        await Task.Delay(TimeSpan.FromSeconds(17));
        var kinds = (await NotificationRecords.ForDossierAsync(stack, dossierId)).Select(n => n.Kind).ToList();
        Assert.DoesNotContain(NotificationKinds.Reminder1, kinds);
        Assert.DoesNotContain(NotificationKinds.DossierClosed, kinds);
        Assert.All(await _mail.ForAsync(email), m => Assert.DoesNotContain("reminder", m.Subject, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(JsonValueKind.Null, (await DossierAsync(dossierId)).GetProperty("closedAt").ValueKind);
    }

    private async Task<JsonElement> DossierAsync(string dossierId) =>
        await stack.Portal.Http.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{dossierId}");

    public void Dispose() => _mail.Dispose();
}
