using Dapper;
using Intake.Api;
using Npgsql;

namespace Intake.Data;

public sealed class DossierStore(NpgsqlDataSource dataSource)
{
    /// <summary>Creates or replaces the declared data; returns true when the dossier is new.</summary>
    public async Task<bool> UpsertAsync(string dossierId, DossierRequest request, CancellationToken cancellationToken)
    {
        DossierRequest.TryParseDate(request.DateOfBirth, out var dateOfBirth);
        DossierRequest.TryParseDate(request.RightsStartDate, out var rightsStartDate);
        const string sql = """
            insert into dossiers (dossier_id, last_name, first_names, date_of_birth, nationality, country_of_birth, email, language, rights_start_date)
            values (@DossierId, @LastName, @FirstNames, @DateOfBirth, @Nationality, @CountryOfBirth, @Email, @Language, @RightsStartDate)
            on conflict (dossier_id) do update set
                last_name = excluded.last_name, first_names = excluded.first_names, date_of_birth = excluded.date_of_birth,
                nationality = excluded.nationality, country_of_birth = excluded.country_of_birth, email = excluded.email,
                language = excluded.language, rights_start_date = excluded.rights_start_date, updated_at = now()
            returning (xmax = 0) as inserted
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(sql, new
        {
            DossierId = dossierId,
            request.LastName,
            request.FirstNames,
            DateOfBirth = dateOfBirth.ToDateTime(TimeOnly.MinValue),
            request.Nationality,
            request.CountryOfBirth,
            request.Email,
            request.Language,
            RightsStartDate = rightsStartDate.ToDateTime(TimeOnly.MinValue),
        }, cancellationToken: cancellationToken));
    }

    public async Task<DossierRow?> FindAsync(string dossierId, CancellationToken cancellationToken)
    {
        const string sql = """
            select dossier_id, last_name, first_names, date_of_birth, nationality, country_of_birth, email, language, rights_start_date, closed_at
            from dossiers where dossier_id = @dossierId
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DossierRow>(new CommandDefinition(sql, new { dossierId }, cancellationToken: cancellationToken));
    }
}

public sealed record DossierRow(
    string dossier_id,
    string last_name,
    string first_names,
    DateOnly date_of_birth,
    string nationality,
    string country_of_birth,
    string email,
    string language,
    DateOnly rights_start_date,
    DateTime? closed_at);
