using Review.Agents;
using Review.Auth;
using Review.Metrics;
using Review.Queue;

namespace Review.Api;

/// <summary>
/// The review queue for tools, over HTTP Basic with an agent's account. Errors are problem details;
/// 409 means someone else holds the item, or it is already resolved.
/// </summary>
public static class ReviewApi
{
    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var items = app.MapGroup("/api/v1/review-items").WithTags("Review").RequireAuthorization(AuthenticationSetup.ApiPolicy);
        items.MapGet("/", ListAsync).WithSummary("Unresolved items, oldest first; filter by type, reason, kind, minimum age or document.");
        items.MapGet("/stats", StatsAsync).WithSummary("Queue depth, oldest item, time to resolve and agreement on sampled accepts.");
        items.MapGet("/{id:guid}", GetAsync).WithSummary("One item, resolved or not.");
        items.MapPost("/{id:guid}/claim", ClaimAsync).WithSummary("Claims the item under a lease; 409 while another agent holds it.");
        items.MapPost("/{id:guid}/release", ReleaseAsync).WithSummary("Gives a claimed item back to the queue.");
        items.MapPost("/{id:guid}/decision", DecideAsync).WithSummary("Resolves a claimed item: accepted, or rejected with reason codes.");
        return app;
    }

    private static async Task<IResult> ListAsync(ReviewQueue queue, string? type, string? reason, string? kind, int? minAgeMinutes,
        bool? includeResolved, int? limit, Guid? documentId, CancellationToken cancellationToken)
    {
        var filter = new QueueFilter(type, reason, kind, minAgeMinutes, includeResolved ?? false, limit ?? 100, documentId);
        var items = await queue.ListAsync(filter, cancellationToken);
        return Results.Ok(new ReviewItemList(items));
    }

    private static async Task<IResult> StatsAsync(QueueStatisticsReader reader, TimeProvider clock, CancellationToken cancellationToken)
    {
        var stats = await reader.ReadAsync(cancellationToken);
        return Results.Ok(new QueueStatisticsResponse(stats.Open, stats.Claimed, stats.Depth, stats.OldestAge(clock.GetUtcNow())?.TotalSeconds,
            stats.ResolvedLast24Hours, stats.MedianSecondsToResolve, stats.SamplesResolved, stats.SamplesAgreed, stats.AgreementRate));
    }

    private static async Task<IResult> GetAsync(Guid id, ReviewQueue queue, CancellationToken cancellationToken) =>
        await queue.FindAsync(id, cancellationToken) is { } item ? Results.Ok(item) : NotFound(id);

    private static async Task<IResult> ClaimAsync(Guid id, HttpContext context, ReviewQueue queue, CancellationToken cancellationToken) =>
        ToResult(id, await queue.ClaimAsync(id, CurrentAgent(context), cancellationToken));

    private static async Task<IResult> ReleaseAsync(Guid id, HttpContext context, ReviewQueue queue, CancellationToken cancellationToken) =>
        ToResult(id, await queue.ReleaseAsync(id, CurrentAgent(context), cancellationToken));

    private static async Task<IResult> DecideAsync(Guid id, DecisionRequest request, HttpContext context, ReviewResolver resolver,
        CancellationToken cancellationToken)
    {
        var resolution = new Resolution(request.Decision ?? "", request.ReasonCodes ?? [], request.Comment).Normalized();
        var errors = resolution.Validate();
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }
        return ToResult(id, await resolver.ResolveAsync(id, CurrentAgent(context), resolution, cancellationToken));
    }

    private static Agent CurrentAgent(HttpContext context) =>
        Agent.From(context.User) ?? throw new InvalidOperationException("The API policy admits signed-in agents only.");

    internal static IResult ToResult(Guid id, ItemResult result) => result.Outcome switch
    {
        ItemOutcome.Done => Results.Ok(result.Item),
        ItemOutcome.NotFound => NotFound(id),
        _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: ConflictTitle(result.Outcome), detail: ConflictDetail(result),
            extensions: new Dictionary<string, object?> { ["itemStatus"] = result.Item?.Status, ["claimedBy"] = result.Item?.ClaimedBy, ["leaseUntil"] = result.Item?.LeaseUntil }),
    };

    internal static string ConflictTitle(ItemOutcome outcome) => outcome switch
    {
        ItemOutcome.AlreadyResolved => "Item already resolved",
        ItemOutcome.HeldByAnother => "Item claimed by another agent",
        ItemOutcome.NotClaimedByCaller => "Item not claimed by you",
        ItemOutcome.DocumentNoLongerUnderReview => "Document no longer under review",
        _ => "Conflict",
    };

    internal static string ConflictDetail(ItemResult result) => result.Outcome switch
    {
        ItemOutcome.AlreadyResolved => $"Resolved as {result.Item?.Resolution} by {result.Item?.ResolvedBy}.",
        ItemOutcome.HeldByAnother => $"{result.Item?.ClaimedBy} holds it until {result.Item?.LeaseUntil:HH:mm:ss} UTC.",
        ItemOutcome.NotClaimedByCaller => "Claim it first; a claim whose lease ran out may have been taken over.",
        ItemOutcome.DocumentNoLongerUnderReview => "The document's status changed outside the review queue.",
        _ => "",
    };

    private static IResult NotFound(Guid id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Review item not found", detail: $"No review item {id}.");
}

public sealed record ReviewItemList(IReadOnlyList<ReviewItem> Items);

/// <summary>The body of POST /decision. <c>decision</c> is accepted or rejected; a rejection needs reason codes.</summary>
public sealed record DecisionRequest(string? Decision, IReadOnlyList<string>? ReasonCodes, string? Comment);

public sealed record QueueStatisticsResponse(int Open, int Claimed, int Depth, double? OldestItemAgeSeconds, int ResolvedLast24Hours,
    double? MedianSecondsToResolve, int SampledAcceptsResolved, int SampledAcceptsAgreed, double? AgreementRate);
