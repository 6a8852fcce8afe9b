using Dapper;
using Npgsql;

namespace Verification.Worker.Data;

/// <summary>The last error a document's checks ended in, if any.</summary>
public sealed record FailureNote(int Failures, string LastError);

/// <summary>
/// Remembers why attempts at a document failed, so that the decision taken once the broker gives up on it
/// can say why. A crash leaves no note (nothing runs after it), which is itself the explanation.
/// </summary>
public sealed class FailureLog(NpgsqlDataSource dataSource)
{
    private const int MaxErrorLength = 300;

    /// <summary>Best effort: the database may be the very thing that failed, and the note is only an explanation.</summary>
    public async Task TryRecordAsync(Guid documentId, Exception exception)
    {
        var error = $"{exception.GetType().Name}: {exception.Message}";
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await connection.ExecuteAsync("""
                insert into processing_failures (document_id, failures, last_error, updated_at)
                values (@documentId, 1, @error, now())
                on conflict (document_id) do update
                    set failures = processing_failures.failures + 1, last_error = excluded.last_error, updated_at = now()
                """, new { documentId, error = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error });
        }
        catch (Exception)
        {
            // Nothing to add: the caller rethrows the original exception, which is what counts.
        }
    }

    public async Task<FailureNote?> FindAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<FailureNote>(new CommandDefinition(
            "select failures as Failures, last_error as LastError from processing_failures where document_id = @documentId",
            new { documentId }, cancellationToken: cancellationToken));
    }
}
