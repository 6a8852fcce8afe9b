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

    private static async Task RunAsync(params string[] arguments)
    {
        var (exitCode, output) = await Shell.RunAsync("rabbitmqctl", arguments, Timeout);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({exitCode}): {output}");
        }
    }
}
