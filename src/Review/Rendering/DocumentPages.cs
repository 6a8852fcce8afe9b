using Dapper;
using Microsoft.Extensions.Caching.Memory;
using Npgsql;

namespace Review.Rendering;

/// <summary>
/// The pages of a document as images, rendered once and kept in memory for a while: an agent opens
/// the item page and then its images, and the same agent or a colleague often comes back to it.
/// </summary>
public sealed class DocumentPages(NpgsqlDataSource dataSource, PdfPageRenderer renderer) : IDisposable
{
    // A cache of its own, bounded in bytes: identity documents must not crowd out anything else, nor the heap.
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 256L * 1024 * 1024 });

    // Renders are CPU-bound child processes; two at a time keeps the console responsive on a small host.
    private static readonly SemaphoreSlim Renders = new(2);

    public async Task<RenderedDocument?> GetAsync(Guid documentId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(documentId, out RenderedDocument? cached))
        {
            return cached;
        }
        await Renders.WaitAsync(cancellationToken);
        try
        {
            if (_cache.TryGetValue(documentId, out cached))
            {
                return cached;
            }
            var content = await LoadAsync(documentId, cancellationToken);
            if (content is null)
            {
                return null;
            }
            var rendered = DocumentFormats.Sniff(content) switch
            {
                DocumentFormat.Pdf => await renderer.RenderAsync(content, cancellationToken),
                var format when format is DocumentFormat.Jpeg or DocumentFormat.Png =>
                    new RenderedDocument([new PageImage(content, DocumentFormats.ContentType(format))], null),
                _ => new RenderedDocument([], "The file is neither a PDF, a JPEG nor a PNG; there is nothing to show."),
            };
            _cache.Set(documentId, rendered, new MemoryCacheEntryOptions
            {
                Size = rendered.SizeBytes,
                SlidingExpiration = TimeSpan.FromMinutes(10),
            });
            return rendered;
        }
        finally
        {
            Renders.Release();
        }
    }

    public void Dispose() => _cache.Dispose();

    private async Task<byte[]?> LoadAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<byte[]>(new CommandDefinition(
            "select content from document_contents where document_id = @documentId", new { documentId }, cancellationToken: cancellationToken));
    }
}
