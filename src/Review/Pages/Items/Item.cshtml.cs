using Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Review.Agents;
using Review.Api;
using Review.Evidence;
using Review.Queue;
using Review.Rendering;

namespace Review.Pages.Items;

/// <summary>One item: the document's pages, the machine's findings, declared data against the MRZ, the history, and the verdict form.</summary>
public sealed class ItemModel(ItemEvidenceReader evidence, DocumentPages pages, ReviewQueue queue, ReviewResolver resolver, TimeProvider clock)
    : PageModel
{
    public ItemEvidence Evidence { get; private set; } = null!;

    public RenderedDocument? Rendered { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public bool HeldByMe => Evidence.Item.IsHeldBy(Agent.From(User)!.Email, Now);

    public bool IsResolved => Evidence.Item.Status == ReviewStatuses.Resolved;

    /// <summary>What the agent ticked, kept when the form comes back with an error.</summary>
    public IReadOnlyList<string> ChosenReasons { get; private set; } = [];

    public string? ChosenDecision { get; private set; }

    public string? Comment { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await queue.ClaimAsync(id, Agent.From(User)!, cancellationToken);
        return Outcome(id, result, success: null);
    }

    public async Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await queue.ReleaseAsync(id, Agent.From(User)!, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Message"] = "Item released: it is back in the queue.";
            return RedirectToPage("/Index");
        }
        return Outcome(id, result, success: null);
    }

    public async Task<IActionResult> OnPostResolveAsync(Guid id, string? decision, string[]? reasonCodes, string? comment,
        CancellationToken cancellationToken)
    {
        var resolution = new Resolution(decision ?? "", reasonCodes ?? [], comment).Normalized();
        var errors = resolution.Validate();
        if (errors.Count > 0)
        {
            ChosenDecision = decision;
            ChosenReasons = resolution.ReasonCodes;
            Comment = comment;
            foreach (var (field, messages) in errors)
            {
                ModelState.AddModelError(field, string.Join(" ", messages));
            }
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
        var result = await resolver.ResolveAsync(id, Agent.From(User)!, resolution, cancellationToken);
        var done = resolution.Decision == Decisions.Accepted
            ? "Accepted."
            : $"Rejected ({string.Join(", ", resolution.ReasonCodes)}).";
        var told = result.Item?.Kind == ReviewKinds.Manual ? " The student is being e-mailed." : " Recorded as a check of the machine.";
        return Outcome(id, result, success: done + told);
    }

    private IActionResult Outcome(Guid id, ItemResult result, string? success)
    {
        if (result.Outcome == ItemOutcome.NotFound)
        {
            return NotFound();
        }
        if (!result.Succeeded)
        {
            TempData["Error"] = $"{ReviewApi.ConflictTitle(result.Outcome)}. {ReviewApi.ConflictDetail(result)}";
            return RedirectToPage(new { id });
        }
        if (success is null)
        {
            return RedirectToPage(new { id });
        }
        TempData["Message"] = success;
        return RedirectToPage("/Index");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        var read = await evidence.ReadAsync(id, cancellationToken);
        if (read is null)
        {
            return false;
        }
        Evidence = read;
        Rendered = await pages.GetAsync(read.Item.DocumentId, cancellationToken);
        return true;
    }
}
