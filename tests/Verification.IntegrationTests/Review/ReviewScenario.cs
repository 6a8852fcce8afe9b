using Dapper;
using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests.ReviewConsole;

/// <summary>Puts documents in front of the agents the way production does: through Intake and the machine.</summary>
internal static class ReviewScenario
{
    /// <summary>
    /// Phase-2 type with no automatic acceptance: a clean file goes to manual review. The student
    /// gets the "being checked" e-mail, which is awaited here so later e-mails are counted apart.
    /// </summary>
    public const string ManualType = "residence_permit";

    public static ReviewApiClient Agent(StackFixture stack, int index = 0) =>
        new(stack.ReviewAddress, StackFixture.Agents[index].Email, StackFixture.Agents[index].Password);

    public static async Task<(Guid DocumentId, string Email, ReviewItemDto Item)> UploadForManualReviewAsync(
        StackFixture stack, ReviewApiClient agent, string file = "clean.jpg", string language = "fr")
    {
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync(language);
        var documentId = await stack.Portal.UploadAcceptedAsync(dossierId, ManualType, file, Fixtures.Read(file));
        var document = await stack.Portal.WaitForDecisionAsync(documentId);
        Assert.Equal("manual_review", document.Status);
        var item = await agent.WaitForItemAsync(documentId);
        Assert.Single(await stack.Mail.WaitForAsync(email));
        return (documentId, email, item);
    }

    public static async Task<List<(string Actor, string Action, string? Decision, string? Detail)>> AuditAsync(StackFixture stack, Guid itemId)
    {
        await using var connection = await stack.Database.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string, string, string?, string?)>(
            "select actor, action, decision, detail from review_audit where item_id = @itemId order by id", new { itemId });
        return rows.ToList();
    }

    /// <summary>Waits for the e-mails to an address to reach a count, then a little longer to catch a duplicate.</summary>
    public static async Task<List<ReceivedEmail>> WaitForEmailsAsync(StackFixture stack, string address, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if ((await stack.Mail.ForAsync(address)).Count >= count)
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                return await stack.Mail.ForAsync(address);
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"Fewer than {count} e-mails reached {address}.");
    }
}
