using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests.ReviewConsole;

/// <summary>The review queue on real PostgreSQL, fed by the real machine through RabbitMQ, driven through the API.</summary>
[Collection(StackCollection.Name)]
public class ReviewQueueTests(StackFixture stack)
{
    [Fact]
    public async Task Two_agents_claiming_one_item_at_the_same_moment_never_both_get_it()
    {
        using var first = ReviewScenario.Agent(stack, 0);
        using var second = ReviewScenario.Agent(stack, 1);
        var (_, _, item) = await ReviewScenario.UploadForManualReviewAsync(stack, first);

        // Both agents fire several claims at once; the atomic UPDATE lets exactly one through.
        var attempts = Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? first : second).ClaimAsync(item.Id)).ToList();
        var responses = await Task.WhenAll(attempts);
        var winners = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        var holder = (await winners[0].Content.ReadFromJsonAsync<ReviewItemDto>())!.ClaimedBy;
        // The holder's own repeated claims renew its lease (200); every claim of the other agent is refused (409).
        var holderAgent = holder == first.Email ? first : second;
        Assert.All(responses.Select((r, i) => (r, agent: i % 2 == 0 ? first : second)), pair =>
            Assert.Equal(pair.agent == holderAgent ? HttpStatusCode.OK : HttpStatusCode.Conflict, pair.r.StatusCode));

        var stored = await holderAgent.GetAsync(item.Id);
        Assert.Equal("claimed", stored.Status);
        Assert.Equal(holder, stored.ClaimedBy);
        var audit = await ReviewScenario.AuditAsync(stack, item.Id);
        Assert.All(audit.Where(a => a.Action == "claimed"), a => Assert.Equal(holder, a.Actor));
    }

    [Fact]
    public async Task A_second_agent_is_refused_an_item_another_holds_with_a_409_problem()
    {
        using var first = ReviewScenario.Agent(stack, 0);
        using var second = ReviewScenario.Agent(stack, 1);
        var (_, _, item) = await ReviewScenario.UploadForManualReviewAsync(stack, first);

        using var claimed = await first.ClaimAsync(item.Id);
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        var lease = (await claimed.Content.ReadFromJsonAsync<ReviewItemDto>())!.LeaseUntil!.Value;
        Assert.InRange(lease - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.5));

        using var refused = await second.ClaimAsync(item.Id);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first.Email, problem.GetProperty("claimedBy").GetString());

        using var decided = await second.DecideAsync(item.Id, "accepted");
        Assert.Equal(HttpStatusCode.Conflict, decided.StatusCode);
    }

    [Fact]
    public async Task An_expired_lease_puts_the_item_back_in_the_queue_and_the_first_agent_can_no_longer_decide()
    {
        // A console instance with a two-second lease, on the same database and broker as the others.
        await using var shortLease = await stack.StartReviewInstanceAsync(new Dictionary<string, string> { ["Review__Lease"] = "00:00:02" });
        using var first = new ReviewApiClient(shortLease.BaseAddress, StackFixture.Agents[0].Email, StackFixture.Agents[0].Password);
        using var second = ReviewScenario.Agent(stack, 1);
        var (documentId, _, item) = await ReviewScenario.UploadForManualReviewAsync(stack, first);

        using (var claimed = await first.ClaimAsync(item.Id))
        {
            Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        }
        using (var early = await second.ClaimAsync(item.Id))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        }

        await Task.Delay(TimeSpan.FromSeconds(3));
        var listed = Assert.Single(await second.ListAsync($"?documentId={documentId}"));
        Assert.Equal("open", listed.Status);
        Assert.Null(listed.ClaimedBy);

        using (var takeover = await second.ClaimAsync(item.Id))
        {
            Assert.Equal(HttpStatusCode.OK, takeover.StatusCode);
        }
        using (var late = await first.DecideAsync(item.Id, "rejected", ["blurry"]))
        {
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        }
        Assert.Equal("manual_review", (await stack.Portal.GetDocumentAsync(documentId)).Status);
    }

    [Fact]
    public async Task Every_action_on_an_item_lands_in_the_audit_trail_with_agent_time_and_decision()
    {
        using var agent = ReviewScenario.Agent(stack, 0);
        var (_, _, item) = await ReviewScenario.UploadForManualReviewAsync(stack, agent);
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);

        (await agent.ClaimAsync(item.Id)).EnsureSuccessStatusCode();
        (await agent.ReleaseAsync(item.Id)).EnsureSuccessStatusCode();
        (await agent.ClaimAsync(item.Id)).EnsureSuccessStatusCode();
        (await agent.DecideAsync(item.Id, "rejected", ["cropped_edges"], "corner missing")).EnsureSuccessStatusCode();

        var audit = await ReviewScenario.AuditAsync(stack, item.Id);
        Assert.Equal(["created", "claimed", "released", "claimed", "resolved"], audit.Select(a => a.Action));
        Assert.Equal("machine", audit[0].Actor);
        Assert.All(audit.Skip(1), a => Assert.Equal(agent.Email, a.Actor));
        var resolved = audit[^1];
        Assert.Equal("rejected", resolved.Decision);
        Assert.Contains("cropped_edges", resolved.Detail);
        Assert.Contains("corner missing", resolved.Detail);

        await using var connection = await stack.Database.OpenConnectionAsync();
        var times = (await connection.QueryAsync<DateTime>("select at from review_audit where item_id = @id and action <> 'created'", new { id = item.Id })).ToList();
        Assert.All(times, at => Assert.True(new DateTimeOffset(at, TimeSpan.Zero) >= started));
        var agentIds = await connection.QueryAsync<Guid?>("select agent_id from review_audit where item_id = @id and action <> 'created'", new { id = item.Id });
        Assert.All(agentIds, id => Assert.NotNull(id));
    }

    [Fact]
    public async Task A_resolved_item_cannot_be_claimed_or_decided_again()
    {
        using var agent = ReviewScenario.Agent(stack, 0);
        var (_, _, item) = await ReviewScenario.UploadForManualReviewAsync(stack, agent);
        (await agent.ClaimAsync(item.Id)).EnsureSuccessStatusCode();
        (await agent.DecideAsync(item.Id, "accepted")).EnsureSuccessStatusCode();

        using var claim = await agent.ClaimAsync(item.Id);
        Assert.Equal(HttpStatusCode.Conflict, claim.StatusCode);
        using var decide = await agent.DecideAsync(item.Id, "rejected", ["blurry"]);
        Assert.Equal(HttpStatusCode.Conflict, decide.StatusCode);
        Assert.DoesNotContain(await agent.ListAsync(), i => i.Id == item.Id);
    }

    [Fact]
    public async Task Filters_the_queue_by_type_and_reason_and_lists_the_oldest_first()
    {
        using var agent = ReviewScenario.Agent(stack, 0);
        var (_, _, older) = await ReviewScenario.UploadForManualReviewAsync(stack, agent);
        var (_, _, newer) = await ReviewScenario.UploadForManualReviewAsync(stack, agent, "clean.png");

        var ofType = await agent.ListAsync($"?type={ReviewScenario.ManualType}&limit=500");
        var ours = ofType.Where(i => i.Id == older.Id || i.Id == newer.Id).Select(i => i.Id).ToList();
        Assert.Equal([older.Id, newer.Id], ours);
        Assert.All(ofType, i => Assert.Equal(ReviewScenario.ManualType, i.DocumentType));
        Assert.Equal(ofType.OrderBy(i => i.CreatedAt).Select(i => i.Id), ofType.Select(i => i.Id));

        Assert.Empty(await agent.ListAsync("?type=bank_details&reason=mrz_check_failed"));
        Assert.Empty(await agent.ListAsync($"?documentId={older.DocumentId}&minAgeMinutes=1440"));

        var stats = await agent.StatsAsync();
        Assert.True(stats.Depth >= 2);
        Assert.True(stats.OldestItemAgeSeconds > 0);
    }

    [Fact]
    public async Task Refuses_the_api_without_an_agents_credentials()
    {
        using var anonymous = new HttpClient { BaseAddress = stack.ReviewAddress };
        using var none = await anonymous.GetAsync("/api/v1/review-items");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);

        using var wrong = new ReviewApiClient(stack.ReviewAddress, StackFixture.Agents[0].Email, "not-the-password");
        using var refused = await wrong.Http.GetAsync("/api/v1/review-items");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_rejection_without_a_reason_is_a_validation_problem()
    {
        using var agent = ReviewScenario.Agent(stack, 0);
        var (_, _, item) = await ReviewScenario.UploadForManualReviewAsync(stack, agent);
        (await agent.ClaimAsync(item.Id)).EnsureSuccessStatusCode();

        using var empty = await agent.DecideAsync(item.Id, "rejected");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        using var unknown = await agent.DecideAsync(item.Id, "rejected", ["not_a_code"]);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("reasonCodes", out _));
        Assert.Equal("claimed", (await agent.GetAsync(item.Id)).Status);
    }
}
