using Review.Queue;

namespace Review.Rendering;

public static class PageImageEndpoints
{
    /// <summary>
    /// A page of an item's document as an image. Covered by the console's sign-in like every page:
    /// an identity document is never served to anyone but a signed-in agent.
    /// </summary>
    public static IEndpointRouteBuilder MapPageImages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/items/{id:guid}/pages/{page:int}.png", GetAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> GetAsync(Guid id, int page, ReviewQueue queue, DocumentPages pages, CancellationToken cancellationToken)
    {
        var item = await queue.FindAsync(id, cancellationToken);
        if (item is null)
        {
            return Results.NotFound();
        }
        var rendered = await pages.GetAsync(item.DocumentId, cancellationToken);
        if (rendered is null || page < 1 || page > rendered.Pages.Count)
        {
            return Results.NotFound();
        }
        var image = rendered.Pages[page - 1];
        return Results.File(image.Content, image.ContentType);
    }
}
