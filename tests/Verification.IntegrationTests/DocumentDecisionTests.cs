using System.Text.Json;
using Dapper;
using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests;

/// <summary>Upload through HTTP, decide through RabbitMQ, store in PostgreSQL, e-mail through SMTP.</summary>
[Collection(StackCollection.Name)]
public class DocumentDecisionTests(StackFixture stack)
{
    [Theory]
    [InlineData("empty.pdf", "empty_file")]
    [InlineData("large.jpg", "file_too_large")]
    [InlineData("not-a-pdf.pdf", "unsupported_format")]
    [InlineData("encrypted.pdf", "password_protected_pdf")]
    [InlineData("corrupt.pdf", "corrupt_file")]
    public async Task Rejects_a_bad_file_with_its_reason_and_sends_exactly_one_bilingual_email(string file, string reason)
    {
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync("fr");
        var documentId = await stack.Portal.UploadAcceptedAsync(dossierId, "birth_certificate", file, Fixtures.Read(file));

        var document = await stack.Portal.WaitForDecisionAsync(documentId);
        Assert.Equal("rejected", document.Status);
        var stated = Assert.Single(document.Reasons);
        Assert.Equal(reason, stated.Code);
        Assert.NotNull(document.DecidedAt);

        var stored = await StoredDecisionAsync(documentId);
        Assert.Equal("rejected", stored.decision);
        Assert.Equal([reason], stored.reason_codes);
        var finding = Assert.Single(JsonDocument.Parse(stored.findings).RootElement.EnumerateArray(),
            f => f.GetProperty("reasonCode").GetString() == reason);
        Assert.Equal("reject", finding.GetProperty("outcome").GetString());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("threshold").GetString()));

        var mail = Assert.Single(await stack.Mail.WaitForAsync(email));
        Assert.StartsWith("Document à renvoyer / Document to upload again", mail.Subject);
        var text = mail.Text ?? "";
        var fr = text.IndexOf(stated.MessageFr, StringComparison.Ordinal);
        var en = text.IndexOf(stated.MessageEn, StringComparison.Ordinal);
        Assert.True(fr >= 0, $"French sentence missing from:\n{text}");
        Assert.True(en > fr, "the English sentence follows the French one for a French-speaking student");
    }

    [Theory]
    [InlineData("clean.jpg")]
    [InlineData("owner-only.pdf")]
    public async Task Sends_a_clean_file_to_an_agent_and_tells_the_student_in_english_first(string file)
    {
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync("en");
        var documentId = await stack.Portal.UploadAcceptedAsync(dossierId, "enrollment_certificate", file, Fixtures.Read(file));

        var document = await stack.Portal.WaitForDecisionAsync(documentId);
        Assert.Equal("manual_review", document.Status);
        Assert.Empty(document.Reasons);

        var mail = Assert.Single(await stack.Mail.WaitForAsync(email));
        Assert.StartsWith("Document being checked / Document en cours de vérification", mail.Subject);
        var text = mail.Text ?? "";
        Assert.True(text.IndexOf("An Assurance Maladie agent", StringComparison.Ordinal) < text.IndexOf("Un agent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_redelivered_upload_event_makes_no_second_decision_and_no_second_email()
    {
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync();
        var documentId = await stack.Portal.UploadAcceptedAsync(dossierId, "identity_document", "id.pdf", Fixtures.Read("not-a-pdf.pdf"));
        await stack.Portal.WaitForDecisionAsync(documentId);
        Assert.Single(await stack.Mail.WaitForAsync(email));
        var first = await StoredDecisionAsync(documentId);

        // Publish the same DocumentUploaded again through the real outbox relay, as a redelivery would.
        await using (var connection = await stack.Database.OpenConnectionAsync())
        {
            var replayed = await connection.ExecuteAsync("""
                insert into outbox (message_id, message_type, payload)
                select gen_random_uuid(), message_type, payload from outbox
                where message_type = 'Contracts.DocumentUploaded' and payload->>'documentId' = @id;
                select pg_notify('outbox', '');
                """, new { id = documentId.ToString() });
            Assert.Equal(1, replayed);
            await WaitUntilOutboxDrainedAsync(connection);
        }
        await Task.Delay(TimeSpan.FromSeconds(3));

        var second = await StoredDecisionAsync(documentId);
        Assert.Equal(first.decided_at, second.decided_at);
        Assert.Single(await stack.Mail.ForAsync(email));
    }

    private static async Task WaitUntilOutboxDrainedAsync(Npgsql.NpgsqlConnection connection)
    {
        for (var i = 0; i < 100 && await connection.ExecuteScalarAsync<long>("select count(*) from outbox where published_at is null") > 0; i++)
        {
            await Task.Delay(100);
        }
    }

    private async Task<(string decision, string[] reason_codes, string findings, DateTime decided_at)> StoredDecisionAsync(Guid documentId)
    {
        await using var connection = await stack.Database.OpenConnectionAsync();
        return await connection.QuerySingleAsync<(string, string[], string, DateTime)>(
            "select decision, reason_codes, findings::text, decided_at from decisions where document_id = @documentId", new { documentId });
    }
}
