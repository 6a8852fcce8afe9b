namespace Verification.IntegrationTests.Infrastructure;

/// <summary>Broker administration through rabbitmqctl, as an operator would do it.</summary>
internal static class RabbitMqAdmin
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static async Task CreateVirtualHostAsync(string name)
    {
        await RunAsync("add_vhost", name);
        await RunAsync("set_permissions", "-p", name, "guest", ".*", ".*", ".*");
    }

    public static Task DeleteVirtualHostAsync(string name) => RunAsync("delete_vhost", name);

    public static Task StopAppAsync() => RunAsync("stop_app");

    public static Task StartAppAsync() => RunAsync("start_app");

    /// <summary>Every queue of a virtual host with the number of messages in it.</summary>
    public static async Task<Dictionary<string, long>> ListQueuesAsync(string virtualHost)
    {
        var output = await RunAsync("list_queues", "--quiet", "--no-table-headers", "-p", virtualHost, "name", "messages");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t', ' '))
            .Where(parts => parts.Length >= 2 && long.TryParse(parts[^1], out _))
            .ToDictionary(parts => parts[0], parts => long.Parse(parts[^1]));
    }

    private static async Task<string> RunAsync(params string[] arguments)
    {
        var (exitCode, output) = await Shell.RunAsync("rabbitmqctl", arguments, Timeout);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({exitCode}): {output}");
        }
        return output;
    }
}
