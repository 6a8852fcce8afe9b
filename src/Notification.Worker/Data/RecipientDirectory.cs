using Dapper;
using Npgsql;

namespace Notification.Worker.Data;

public sealed record Recipient(string Email, string Language);

/// <summary>
/// Looks the address up in the dossier at send time: events carry no personal data, and a student
/// who corrected their address gets the e-mail at the new one.
/// </summary>
public sealed class RecipientDirectory(NpgsqlDataSource dataSource)
{
    public async Task<Recipient?> FindAsync(string dossierId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Recipient>(new CommandDefinition(
            "select email as Email, language as Language from dossiers where dossier_id = @dossierId",
            new { dossierId }, cancellationToken: cancellationToken));
    }
}
