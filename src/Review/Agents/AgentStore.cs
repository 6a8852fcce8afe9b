using Dapper;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Review.Agents;

/// <summary>
/// Agent accounts in PostgreSQL. Passwords are hashed with ASP.NET Core Identity's hasher
/// (PBKDF2-HMAC-SHA512, 100,000 iterations, a random salt per hash), never stored.
/// </summary>
public sealed class AgentStore(NpgsqlDataSource dataSource)
{
    private static readonly PasswordHasher<Agent> Hasher = new();

    // Verified against when the e-mail is unknown, so a wrong address costs as long as a wrong password
    // and response times do not tell which addresses are agents.
    private static readonly string DummyHash = Hasher.HashPassword(new Agent(Guid.Empty, "", ""), Guid.NewGuid().ToString());

    public async Task<Agent?> VerifyAsync(string email, string password, CancellationToken cancellationToken)
    {
        var normalized = Agent.Normalize(email);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AgentRow>(new CommandDefinition(
            "select agent_id, email, display_name, password_hash from review_agents where email = @normalized",
            new { normalized }, cancellationToken: cancellationToken));
        var agent = row is null ? null : new Agent(row.agent_id, row.email, row.display_name);
        var hash = row?.password_hash ?? DummyHash;
        var result = Hasher.VerifyHashedPassword(agent ?? new Agent(Guid.Empty, "", ""), hash, password);
        return row?.password_hash is not null && result != PasswordVerificationResult.Failed ? agent : null;
    }

    /// <summary>Creates the agent, or sets the password and name of an existing one: the configuration is the truth.</summary>
    public async Task<Agent> UpsertAsync(string email, string password, string displayName, CancellationToken cancellationToken)
    {
        var normalized = Agent.Normalize(email);
        var hash = Hasher.HashPassword(new Agent(Guid.Empty, normalized, displayName), password);
        const string sql = """
            insert into review_agents (agent_id, email, display_name, password_hash)
            values (@id, @normalized, @displayName, @hash)
            on conflict (email) do update set display_name = excluded.display_name, password_hash = excluded.password_hash
            returning agent_id
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition(sql,
            new { id = Guid.CreateVersion7(), normalized, displayName, hash }, cancellationToken: cancellationToken));
        return new Agent(id, normalized, displayName);
    }

    private sealed record AgentRow(Guid agent_id, string email, string display_name, string? password_hash);
}
