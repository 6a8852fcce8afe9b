using Npgsql;

namespace Verification.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL database and RabbitMQ virtual host for one stack, so stacks of concurrent
/// test runs never share rows or consume each other's messages; both are dropped afterwards.
/// </summary>
internal sealed class IsolatedBackends
{
    private readonly string _database;

    public IsolatedBackends(string prefix)
    {
        _database = $"verification_{prefix}_{Guid.NewGuid():N}"[..32];
        VirtualHost = $"verification-{prefix}-{Guid.NewGuid():N}"[..32];
    }

    public string VirtualHost { get; }

    public string ConnectionString => $"{TestEnvironment.PostgresServer};Database={_database}";

    public async Task CreateAsync()
    {
        await using (var server = NpgsqlDataSource.Create(TestEnvironment.PostgresServer + ";Database=postgres"))
        await using (var create = server.CreateCommand($"create database {_database}"))
        {
            await create.ExecuteNonQueryAsync();
        }
        await RabbitMqAdmin.CreateVirtualHostAsync(VirtualHost);
    }

    public async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var server = NpgsqlDataSource.Create(TestEnvironment.PostgresServer + ";Database=postgres");
        await using var drop = server.CreateCommand($"drop database if exists {_database} with (force)");
        await drop.ExecuteNonQueryAsync();
        await RabbitMqAdmin.DeleteVirtualHostAsync(VirtualHost);
    }
}
