using System.Text.Json;
using Contracts;
using Dapper;
using Review.Messaging;
using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests.ReviewConsole;

/// <summary>An agent's verdict flows back as the same events, e-mails and portal status as the machine's.</summary>
[Collection(StackCollection.Name)]
public class ReviewResolutionTests(StackFixture stack)
{
    [Fact]
    public async Task An_agent_rejection_emails_the_student_once_and_the_portal_shows_the_agents_reasons()
    {
        using var agent = ReviewScenario.Agent(stack, 0);
        var (documentId, email, item) = await ReviewScenario.UploadForManualReviewAsync(stack, agent);
        (await agent.ClaimAsync(item.Id)).EnsureSuccessStatusCode();
        (await agent.DecideAsync(item.Id, "rejected", ["blurry", "cropped_edges"])).EnsureSuccessStatusCode();

        var mails = await ReviewScenario.WaitForEmailsAsync(stack, email, 2);
        Assert.Equal(2, mails.Count);
        var rejection = Assert.Single(mails, m => m.Subject.StartsWith("Document à renvoyer / Document to upload again", StringComparison.Ordinal));
        Assert.Contains(ReasonMessages.For("blurry").MessageFr, rejection.Text);
        Assert.Contains(ReasonMessages.For("cropped_edges").MessageEn, rejection.Text);

        var document = await stack.Portal.GetDocumentAsync(documentId);
        Assert.Equal("rejected", document.Status);
        Assert.Equal(["blurry", "cropped_edges"], document.Reasons.Select(r => r.Code));
        Assert.True(document.DecidedAt > item.CreatedAt);

        var events = await OutboxEventsAsync(documentId);
        Assert.Equal(["Contracts.DocumentUploaded", "Contracts.ManualReviewRequested", "Contracts.ReviewResolved", "Contracts.DocumentRejected"],
            events.Select(e => e.Type));
        Assert.Equal(agent.Email, events[^1].Payload.GetProperty("decidedBy").GetString());
        Assert.Equal("manual", events[^2].Payload.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task An_agent_acceptance_emails_the_student_an_acceptance_and_clears_the_machines_reasons()
    {
        using var agent = ReviewScenario.Agent(stack, 1);
        var (documentId, email, item) = await ReviewScenario.UploadForManualReviewAsync(stack, agent, "clean.png", "en");
        (await agent.ClaimAsync(item.Id)).EnsureSuccessStatusCode();
        (await agent.DecideAsync(item.Id, "accepted")).EnsureSuccessStatusCode();

        var mails = await ReviewScenario.WaitForEmailsAsync(stack, email, 2);
        Assert.Single(mails, m => m.Subject.StartsWith("Document accepted / Document accepté", StringComparison.Ordinal));
        var document = await stack.Portal.GetDocumentAsync(documentId);
        Assert.Equal("accepted", document.Status);
        Assert.Empty(document.Reasons);
    }

    [Fact]
    public async Task A_redelivered_review_request_creates_no_second_item()
    {
        using var agent = ReviewScenario.Agent(stack, 0);
        var (documentId, _, item) = await ReviewScenario.UploadForManualReviewAsync(stack, agent);

        await using (var connection = await stack.Database.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("""
                insert into outbox (message_id, message_type, payload)
                select gen_random_uuid(), message_type, payload from outbox
                where message_type = 'Contracts.ManualReviewRequested' and payload->>'documentId' = @id;
                select pg_notify('outbox', '');
                """, new { id = documentId.ToString() });
        }
        await WaitForOutboxAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(item.Id, (await agent.WaitForItemAsync(documentId)).Id);
        var audit = await ReviewScenario.AuditAsync(stack, item.Id);
        Assert.Single(audit, a => a.Action == "created");
    }

    [Fact]
    public async Task A_sampled_machine_accept_goes_to_the_agents_and_their_verdict_only_measures_the_machine()
    {
        using var agent = ReviewScenario.Agent(stack, 0);
        var before = await agent.StatsAsync();
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync();
        // No document type is accepted automatically yet, so the machine's accept is written as the
        // worker writes it: document, decision and event in one transaction. The ids are drawn until the
        // configured 2% sample takes one, and one is decided by an agent, which is never sampled.
        var sampled = SampledId();
        var byAgent = SampledId();
        await AcceptAsAsync(dossierId, sampled, "machine");
        await AcceptAsAsync(dossierId, byAgent, agent.Email);

        var item = await agent.WaitForItemAsync(sampled);
        Assert.Equal("sample", item.Kind);
        Assert.Empty(item.ReasonCodes);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(await agent.ListAsync($"?documentId={byAgent}&includeResolved=true"));

        (await agent.ClaimAsync(item.Id)).EnsureSuccessStatusCode();
        (await agent.DecideAsync(item.Id, "rejected", ["blurry"], "machine missed the blur")).EnsureSuccessStatusCode();

        var document = await stack.Portal.GetDocumentAsync(sampled);
        Assert.Equal("accepted", document.Status);
        Assert.Empty(document.Reasons);
        var events = await OutboxEventsAsync(sampled);
        Assert.Equal(["Contracts.DocumentAccepted", "Contracts.ReviewResolved"], events.Select(e => e.Type));
        Assert.Equal("sample", events[1].Payload.GetProperty("kind").GetString());

        var after = await agent.StatsAsync();
        Assert.Equal(before.SampledAcceptsResolved + 1, after.SampledAcceptsResolved);
        Assert.Equal(before.SampledAcceptsAgreed, after.SampledAcceptsAgreed);
        Assert.True(after.AgreementRate < 1);
        // The student heard about the two accepts and nothing about the agent's disagreement.
        var mails = await ReviewScenario.WaitForEmailsAsync(stack, email, 2);
        Assert.All(mails, m => Assert.StartsWith("Document accepté", m.Subject));
    }

    private static Guid SampledId()
    {
        for (var i = 0; i < 100_000; i++)
        {
            var id = Guid.CreateVersion7();
            if (AcceptSampler.IsSampled(id, 0.02))
            {
                return id;
            }
        }
        throw new InvalidOperationException("The sampler never draws at 2%.");
    }

    private async Task AcceptAsAsync(string dossierId, Guid documentId, string decidedBy)
    {
        var now = DateTimeOffset.UtcNow;
        var content = Fixtures.Read("clean.jpg");
        var accepted = new DocumentAccepted(documentId, dossierId, "bank_details", decidedBy, now);
        await using var connection = await stack.Database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("""
            insert into documents (document_id, dossier_id, type, file_name, size_bytes, sha256, status, uploaded_at, decided_at)
            values (@documentId, @dossierId, 'bank_details', 'rib.jpg', @size, 'test', 'accepted', @now, @now);
            insert into document_contents (document_id, content) values (@documentId, @content);
            insert into decisions (document_id, decision, rule, reason_codes, findings, decided_by, decided_at)
            values (@documentId, 'accepted', 'all_checks_passed', '{}', '[]', 'machine', @now);
            insert into outbox (message_id, message_type, payload) values (gen_random_uuid(), 'Contracts.DocumentAccepted', @payload::jsonb);
            select pg_notify('outbox', '');
            """,
            new { documentId, dossierId, size = (long)content.Length, now, content, payload = JsonSerializer.Serialize(accepted, Json) }, transaction);
        await transaction.CommitAsync();
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private async Task<List<(string Type, JsonElement Payload)>> OutboxEventsAsync(Guid documentId)
    {
        await using var connection = await stack.Database.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string, string)>(
            // StudentNotified (the portal's copy of each e-mail) names the document too; these tests follow the decision events.
            "select message_type, payload::text from outbox where payload->>'documentId' = @id and message_type <> 'Contracts.StudentNotified' order by id",
            new { id = documentId.ToString() });
        return rows.Select(r => (r.Item1, JsonDocument.Parse(r.Item2).RootElement.Clone())).ToList();
    }

    private async Task WaitForOutboxAsync()
    {
        await using var connection = await stack.Database.OpenConnectionAsync();
        for (var i = 0; i < 100 && await connection.ExecuteScalarAsync<long>("select count(*) from outbox where published_at is null") > 0; i++)
        {
            await Task.Delay(100);
        }
    }
}
