using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Contracts;
using Dapper;
using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests.Notifications;

/// <summary>Replacement, duplicates and the dossier milestones, through Intake, RabbitMQ, PostgreSQL and SMTP.</summary>
[Collection(StackCollection.Name)]
public sealed class LifecycleTests(StackFixture stack) : IDisposable
{
    private readonly Mailbox _mail = new(TestEnvironment.MailDevUrl);

    [Fact]
    public async Task A_new_upload_supersedes_one_still_processing_which_is_never_verified_nor_notified()
    {
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync();
        Guid first, second;
        // Verification held back, so the first upload is certainly still processing when the second arrives.
        await stack.StopServiceAsync("Verification.Worker");
        try
        {
            first = await stack.Portal.UploadAcceptedAsync(dossierId, DocumentTypes.IdentityDocument, "id.pdf", Fixtures.Read("not-a-pdf.pdf"));
            second = await stack.Portal.UploadAcceptedAsync(dossierId, DocumentTypes.IdentityDocument, "id.pdf", Fixtures.Read("corrupt.pdf"));
            Assert.Equal("superseded", (await stack.Portal.GetDocumentAsync(first)).Status);
            Assert.Equal("processing", (await stack.Portal.GetDocumentAsync(second)).Status);
        }
        finally
        {
            await stack.StartServiceAsync("Verification.Worker");
        }

        Assert.Equal("rejected", (await stack.Portal.WaitForDecisionAsync(second, TimeSpan.FromSeconds(90))).Status);
        var mail = Assert.Single(await _mail.WaitForAsync(email, 1, TimeSpan.FromSeconds(60), settle: TimeSpan.FromSeconds(3)));
        Assert.Contains(ReasonMessages.For(ReasonCodes.CorruptFile).MessageFr, mail.Text);
        Assert.Equal("superseded", (await stack.Portal.GetDocumentAsync(first)).Status);
        Assert.All(await NotificationRecords.ForDossierAsync(stack, dossierId), n => Assert.StartsWith(second.ToString(), n.Key));
        var superseded = Assert.Single(await NotificationRecords.EventsAsync(stack, dossierId), e => e.Type == "Contracts.DocumentSuperseded").Payload;
        Assert.Equal(first, superseded.GetProperty("documentId").GetGuid());
        Assert.Equal(second, superseded.GetProperty("supersededBy").GetGuid());
    }

    [Fact]
    public async Task A_byte_identical_re_upload_returns_the_existing_document_and_is_not_processed_again()
    {
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync();
        var content = Fixtures.Read("encrypted.pdf");
        var documentId = await stack.Portal.UploadAcceptedAsync(dossierId, DocumentTypes.StudentVisa, "visa.pdf", content);
        Assert.Equal("rejected", (await stack.Portal.WaitForDecisionAsync(documentId)).Status);
        Assert.Single(await _mail.WaitForAsync(email, 1, TimeSpan.FromSeconds(60)));

        using var again = await stack.Portal.UploadAsync(dossierId, DocumentTypes.StudentVisa, "visa (1).pdf", content);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(documentId, body.GetProperty("documentId").GetGuid());
        Assert.Equal("rejected", body.GetProperty("status").GetString());
        Assert.Equal($"/api/v1/documents/{documentId}", again.Headers.Location?.ToString());

        // The same bytes under another type are a different submission.
        var otherType = await stack.Portal.UploadAcceptedAsync(dossierId, DocumentTypes.ResidencePermit, "visa.pdf", content);
        Assert.NotEqual(documentId, otherType);

        await Task.Delay(TimeSpan.FromSeconds(3));
        var dossier = await stack.Portal.Http.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{dossierId}");
        Assert.Single(dossier.GetProperty("documents").EnumerateArray(), d => d.GetProperty("type").GetString() == DocumentTypes.StudentVisa);
        Assert.Single(await NotificationRecords.ForDossierAsync(stack, dossierId), n => n.Key.StartsWith(documentId.ToString()));
    }

    [Fact]
    public async Task Phase_one_accepted_announces_the_provisional_attestation_and_both_phases_the_complete_dossier_once()
    {
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync("en");
        // One at a time, as a student's documents are decided, each acceptance e-mailed before the next.
        var expected = 0;
        var last = Guid.Empty;
        async Task<List<Mail>> AcceptAndWaitAsync(string type, int mails)
        {
            last = await AcceptAsync(dossierId, type);
            expected += mails;
            return await _mail.WaitForAsync(email, expected, TimeSpan.FromSeconds(60), settle: TimeSpan.FromMilliseconds(500));
        }
        await AcceptAndWaitAsync(DocumentTypes.EnrollmentCertificate, 1);
        await AcceptAndWaitAsync(DocumentTypes.IdentityDocument, 1);
        var afterPhase1 = await AcceptAndWaitAsync(DocumentTypes.ResourcesAttestation, 2);
        Assert.Equal(4, afterPhase1.Count);
        Assert.StartsWith("First documents accepted: provisional certificate on its way / Premières pièces acceptées", afterPhase1[^1].Subject);

        await AcceptAndWaitAsync(DocumentTypes.BirthCertificate, 1);
        var all = await AcceptAndWaitAsync(DocumentTypes.ResidencePermit, 2);
        Assert.Equal(7, all.Count);
        Assert.StartsWith("Your file is complete / Votre dossier est complet", all[^1].Subject);

        // A redelivered acceptance announces nothing again.
        await ReplayAsync(last);
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(7, (await _mail.ForAsync(email)).Count);
        var kinds = (await NotificationRecords.EventsAsync(stack, dossierId)).Where(e => e.Type == "Contracts.StudentNotified")
            .Select(e => e.Payload.GetProperty("kind").GetString()).ToList();
        Assert.Single(kinds, k => k == NotificationKinds.Phase1Complete);
        Assert.Single(kinds, k => k == NotificationKinds.DossierComplete);
    }

    /// <summary>What a decider (the machine or an agent) commits for an accepted document: status, decision, event.</summary>
    private async Task<Guid> AcceptAsync(string dossierId, string type)
    {
        var documentId = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow;
        var accepted = new DocumentAccepted(documentId, dossierId, type, "agent@cpam.test", now);
        await using var connection = await stack.Database.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            insert into documents (document_id, dossier_id, type, size_bytes, sha256, status, uploaded_at, decided_at)
            values (@documentId, @dossierId, @type, 1, md5(@documentId::text), 'accepted', @now, @now);
            insert into decisions (document_id, decision, rule, reason_codes, findings, decided_by, decided_at)
            values (@documentId, 'accepted', 'test', '{}', '[]', 'agent@cpam.test', @now);
            insert into outbox (message_id, message_type, payload) values (gen_random_uuid(), 'Contracts.DocumentAccepted', @payload::jsonb);
            select pg_notify('outbox', '');
            """, new { documentId, dossierId, type, now, payload = JsonSerializer.Serialize(accepted, new JsonSerializerOptions(JsonSerializerDefaults.Web)) });
        return documentId;
    }

    private async Task ReplayAsync(Guid documentId)
    {
        await using var connection = await stack.Database.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            insert into outbox (message_id, message_type, payload)
            select gen_random_uuid(), message_type, payload from outbox
            where message_type = 'Contracts.DocumentAccepted' and payload->>'documentId' = @id;
            select pg_notify('outbox', '');
            """, new { id = documentId.ToString() });
    }

    public void Dispose() => _mail.Dispose();
}
