using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Review.Agents;
using Review.Api;
using Review.Metrics;
using Review.Queue;

namespace Review.Pages;

/// <summary>The queue: its figures, the filters, and the items oldest first.</summary>
public sealed class IndexModel(ReviewQueue queue, QueueStatisticsReader statistics, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? MinAge { get; set; }

    public QueueStatistics Statistics { get; private set; } = null!;

    public IReadOnlyList<ReviewItem> Items { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public string AgentEmail => Agent.From(User)!.Email;

    public static IReadOnlyList<(int? Minutes, string Label)> AgeChoices { get; } =
        [(null, "any age"), (15, "older than 15 min"), (60, "older than 1 h"), (240, "older than 4 h"), (1440, "older than 1 day")];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Statistics = await statistics.ReadAsync(cancellationToken);
        Items = await queue.ListAsync(Filter(), cancellationToken);
    }

    public async Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await queue.ClaimAsync(id, Agent.From(User)!, cancellationToken);
        if (result.Succeeded)
        {
            return RedirectToPage("/Items/Item", new { id });
        }
        TempData["Error"] = $"{ReviewApi.ConflictTitle(result.Outcome)}. {ReviewApi.ConflictDetail(result)}";
        return RedirectToPage(RouteValues());
    }

    public async Task<IActionResult> OnPostClaimNextAsync(CancellationToken cancellationToken)
    {
        var result = await queue.ClaimNextAsync(Filter(), Agent.From(User)!, cancellationToken);
        if (result is { Succeeded: true, Item: { } item })
        {
            return RedirectToPage("/Items/Item", new { id = item.Id });
        }
        TempData["Message"] = "Nothing left to claim with these filters.";
        return RedirectToPage(RouteValues());
    }

    private QueueFilter Filter() => new(Blank(Type), Blank(Reason), Blank(Kind), MinAge);

    private object RouteValues() => new { Type, Reason, Kind, MinAge };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
