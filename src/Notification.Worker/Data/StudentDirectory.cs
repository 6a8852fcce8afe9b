using Dapper;
using Notification.Worker.Rendering;
using Npgsql;

namespace Notification.Worker.Data;

/// <summary>
/// Reads the student from the dossier when a notification is written: events carry no personal
/// data, and a student who corrected their address or name is written to as they are now.
/// </summary>
public static class StudentDirectory
{
    public static async Task<Student?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string dossierId,
        CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition("""
            select dossier_id, email, language, first_names, last_name, closed_at from dossiers where dossier_id = @dossierId
            """, new { dossierId }, transaction, cancellationToken: cancellationToken));
        return row is null
            ? null
            : new Student(row.dossier_id, row.email, row.language, row.first_names, row.last_name,
                row.closed_at is { } closedAt ? new DateTimeOffset(closedAt, TimeSpan.Zero) : null);
    }

    private sealed record Row(string dossier_id, string email, string language, string first_names, string last_name, DateTime? closed_at);
}
