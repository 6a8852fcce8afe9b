using Contracts;
using Dapper;
using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests.Notifications;

/// <summary>E-mails on real SMTP: both formats, exactly once across a crash, nothing lost while SMTP is down.</summary>
[Collection(StackCollection.Name)]
public sealed class DeliveryTests(StackFixture stack) : IDisposable
{
    private readonly Mailbox _mail = new(TestEnvironment.MailDevUrl);

    [Fact]
    public async Task A_rejection_is_emailed_as_text_and_html_with_a_message_id_from_its_key_and_published_for_the_portal()
    {
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync("en");
        var documentId = await stack.Portal.UploadAcceptedAsync(dossierId, DocumentTypes.BirthCertificate, "acte.pdf", Fixtures.Read("encrypted.pdf"));

        var mail = Assert.Single(await _mail.WaitForAsync(email, 1, TimeSpan.FromSeconds(60)));
        var reason = ReasonMessages.For(ReasonCodes.PasswordProtectedPdf);
        Assert.StartsWith("Document to upload again / Document à renvoyer : Birth certificate", mail.Subject);
        Assert.True(mail.Text.IndexOf(reason.MessageEn, StringComparison.Ordinal) < mail.Text.IndexOf(reason.MessageFr, StringComparison.Ordinal));
        Assert.Contains("<li>", mail.Html);
        Assert.Contains("lang=\"en\"", mail.Html);
        Assert.Contains("Hello Ana María GARCÍA MÁRQUEZ", mail.Text);

        var row = Assert.Single(await NotificationRecords.ForDossierAsync(stack, dossierId));
        Assert.Equal($"{documentId}:document_rejected", row.Key);
        Assert.Equal("sent", row.Status);
        Assert.Equal(row.Key, mail.NotificationKey);
        Assert.Equal(row.MessageId, mail.MessageId);

        var notified = Assert.Single(await NotificationRecords.EventsAsync(stack, dossierId), e => e.Type == "Contracts.StudentNotified").Payload;
        Assert.Equal(row.Key, notified.GetProperty("notificationId").GetString());
        Assert.Equal("document_rejected", notified.GetProperty("kind").GetString());
        Assert.Equal([ReasonCodes.PasswordProtectedPdf], notified.GetProperty("reasonCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains(reason.MessageFr, notified.GetProperty("textFr").GetString());
        Assert.Contains(reason.MessageEn, notified.GetProperty("textEn").GetString());
        Assert.StartsWith("Document à renvoyer", notified.GetProperty("subjectFr").GetString());
    }

    [Fact]
    public async Task A_worker_killed_between_smtp_and_the_log_never_emails_twice_and_reports_the_notification_in_doubt()
    {
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync();
        await using var worker = await WorkerSettings.ApplyAsync(stack, new Dictionary<string, string>
        {
            // Fault injection: SMTP has accepted, the 'sent' record waits a minute; the test kills the worker in that window.
            ["Notifications__HoldAfterSend"] = "00:01:00",
        });
        await stack.Portal.UploadAcceptedAsync(dossierId, DocumentTypes.IdentityDocument, "id.pdf", Fixtures.Read("not-a-pdf.pdf"));
        Assert.Single(await _mail.WaitForAsync(email, 1, TimeSpan.FromSeconds(60), settle: TimeSpan.FromMilliseconds(500)));
        Assert.Equal("sending", Assert.Single(await NotificationRecords.ForDossierAsync(stack, dossierId)).Status);

        await worker.RestartAsync(new Dictionary<string, string>
        {
            ["Notifications__SendingLease"] = "00:00:03",
            ["Notifications__SweepInterval"] = "00:00:01",
        });

        var row = await NotificationRecords.WaitForAsync(async () => Assert.Single(await NotificationRecords.ForDossierAsync(stack, dossierId)),
            r => r.Status == "in_doubt", TimeSpan.FromSeconds(30), "the notification to be declared in doubt");
        Assert.Equal(1, row.Attempts);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(await _mail.ForAsync(email));
        using var http = new HttpClient();
        var health = await http.GetStringAsync(new Uri(worker.Worker.BaseAddress, "/health/ready"));
        Assert.Equal("Degraded", health);
        Assert.Contains("IN DOUBT", worker.Worker.Output);

        // The operator's answer once the relay shows it went out (docs/notifications.md).
        await using var connection = await stack.Database.OpenConnectionAsync();
        await connection.ExecuteAsync("update notifications set status = 'sent' where idempotency_key = @key", new { key = row.Key });
    }

    [Fact]
    public async Task Notifications_written_while_smtp_is_down_for_30_seconds_are_all_delivered_once_it_is_back()
    {
        await using var smtp = new PrivateMailDev();
        using var privateMail = new Mailbox(smtp.WebAddress);
        await using var worker = await WorkerSettings.ApplyAsync(stack, new Dictionary<string, string>
        {
            ["Smtp__Port"] = smtp.SmtpPort.ToString(),
            ["Smtp__BreakDuration"] = "00:00:03",
            ["Notifications__RetryBaseDelay"] = "00:00:01",
            ["Notifications__RetryMaxDelay"] = "00:00:04",
        });
        var students = new List<(string DossierId, string Email)>();
        for (var i = 0; i < 3; i++)
        {
            var student = await stack.Portal.DeclareDossierAsync(i % 2 == 0 ? "fr" : "en");
            await stack.Portal.UploadAcceptedAsync(student.DossierId, DocumentTypes.StudentVisa, "visa.pdf", Fixtures.Read("corrupt.pdf"));
            students.Add(student);
        }

        // SMTP is down (nothing listens on its port) for 30 s: the notifications wait in the log.
        await Task.Delay(TimeSpan.FromSeconds(30));
        foreach (var (dossierId, _) in students)
        {
            var row = Assert.Single(await NotificationRecords.ForDossierAsync(stack, dossierId));
            Assert.Equal("pending", row.Status);
            Assert.True(row.Attempts >= 1, "the worker kept trying");
            Assert.False(string.IsNullOrEmpty(row.LastError));
        }

        await smtp.StartAsync();
        foreach (var (dossierId, email) in students)
        {
            Assert.Single(await privateMail.WaitForAsync(email, 1, TimeSpan.FromSeconds(60), settle: TimeSpan.FromMilliseconds(200)));
            await NotificationRecords.WaitForAsync(async () => Assert.Single(await NotificationRecords.ForDossierAsync(stack, dossierId)).Status,
                status => status == "sent", TimeSpan.FromSeconds(10), "the notification to be recorded sent");
        }
        await Task.Delay(TimeSpan.FromSeconds(2));
        foreach (var (_, email) in students)
        {
            Assert.Single(await privateMail.ForAsync(email));
        }
    }

    public void Dispose() => _mail.Dispose();
}
