using Microsoft.Extensions.Options;

namespace Review.Agents;

/// <summary>
/// Creates the agents named in configuration (Review:SeedAgents) at start-up, after the schema
/// exists (it is registered after <c>DatabaseSchema</c>, and hosted services start in order).
/// </summary>
public sealed partial class AgentSeeder(AgentStore agents, IOptions<ReviewOptions> options, ILogger<AgentSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var seed in options.Value.SeedAgents)
        {
            if (string.IsNullOrWhiteSpace(seed.Email) || seed.Password.Length < 8)
            {
                throw new InvalidOperationException("Review:SeedAgents needs an Email and a Password of at least 8 characters for every entry.");
            }
            var agent = await agents.UpsertAsync(seed.Email, seed.Password, seed.DisplayName ?? seed.Email, cancellationToken);
            LogSeeded(logger, agent.Email);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentEmail} is ready to sign in")]
    private static partial void LogSeeded(ILogger logger, string agentEmail);
}
