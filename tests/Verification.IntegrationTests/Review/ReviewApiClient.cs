using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Verification.IntegrationTests.ReviewConsole;

public sealed record ReviewItemDto(
    Guid Id,
    Guid DocumentId,
    string DossierId,
    string DocumentType,
    string Kind,
    List<string> ReasonCodes,
    DateTimeOffset CreatedAt,
    string Status,
    string? ClaimedBy,
    DateTimeOffset? LeaseUntil,
    string? ResolvedBy,
    string? Resolution,
    List<string> ResolutionReasonCodes,
    string? Comment,
    DateTimeOffset? ResolvedAt);

public sealed record ReviewItemListDto(List<ReviewItemDto> Items);

public sealed record QueueStatisticsDto(int Open, int Claimed, int Depth, double? OldestItemAgeSeconds, int ResolvedLast24Hours,
    double? MedianSecondsToResolve, int SampledAcceptsResolved, int SampledAcceptsAgreed, double? AgreementRate);

/// <summary>What a tool does with the review API: HTTP Basic with an agent's account.</summary>
public sealed class ReviewApiClient : IDisposable
{
    public ReviewApiClient(Uri baseAddress, string email, string password)
    {
        Email = email;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{password}")));
    }

    public string Email { get; }

    public HttpClient Http { get; }

    public async Task<List<ReviewItemDto>> ListAsync(string query = "") =>
        (await Http.GetFromJsonAsync<ReviewItemListDto>($"/api/v1/review-items{query}"))!.Items;

    public async Task<ReviewItemDto> GetAsync(Guid id) => (await Http.GetFromJsonAsync<ReviewItemDto>($"/api/v1/review-items/{id}"))!;

    public async Task<QueueStatisticsDto> StatsAsync() => (await Http.GetFromJsonAsync<QueueStatisticsDto>("/api/v1/review-items/stats"))!;

    /// <summary>Waits until the console has turned the machine's event for this document into an item.</summary>
    public async Task<ReviewItemDto> WaitForItemAsync(Guid documentId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var items = await ListAsync($"?documentId={documentId}&includeResolved=true");
            if (items.Count > 0)
            {
                return Assert.Single(items);
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No review item for document {documentId}.");
            }
            await Task.Delay(200);
        }
    }

    public Task<HttpResponseMessage> ClaimAsync(Guid id) => Http.PostAsync($"/api/v1/review-items/{id}/claim", null);

    public Task<HttpResponseMessage> ReleaseAsync(Guid id) => Http.PostAsync($"/api/v1/review-items/{id}/release", null);

    public Task<HttpResponseMessage> DecideAsync(Guid id, string decision, string[]? reasonCodes = null, string? comment = null) =>
        Http.PostAsJsonAsync($"/api/v1/review-items/{id}/decision", new { decision, reasonCodes = reasonCodes ?? [], comment });

    public void Dispose() => Http.Dispose();
}
