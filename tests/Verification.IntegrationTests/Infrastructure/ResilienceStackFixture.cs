using Npgsql;

namespace Verification.IntegrationTests.Infrastructure;

/// <summary>
/// A stack of its own for the failure and telemetry tests: a fresh database and RabbitMQ virtual host,
/// Intake and the notification worker as plain processes, and the verification worker under a
/// <see cref="Supervisor"/> so that it can be crashed and come back. The worker's fault injection is on
/// (documents carrying <see cref="CrashMarker"/> or <see cref="FailMarker"/>), retries are short and every
/// service exports its telemetry to an in-process OTLP receiver.
/// </summary>
public sealed class ResilienceStackFixture : IAsyncLifetime
{
    public const string ApiKey = "resilience-test-key";
    public const string CrashMarker = "FAULT-INJECTION-CRASH-5c1e";
    public const string FailMarker = "FAULT-INJECTION-FAIL-9b2d";

    /// <summary>Three deliveries at most: the first and two redeliveries.</summary>
    public const int DeliveryLimit = 2;

    private readonly IsolatedBackends _backends = new("rs");
    private readonly List<ServiceProcess> _services = [];
    private readonly HttpClient _probe = new() { Timeout = TimeSpan.FromSeconds(5) };

    public string VirtualHost => _backends.VirtualHost;

    public PortalClient Portal { get; private set; } = null!;

    public MailDevClient Mail { get; } = new(TestEnvironment.MailDevUrl);

    public NpgsqlDataSource Database { get; private set; } = null!;

    public OtlpReceiver Telemetry { get; private set; } = null!;

    internal Supervisor Worker { get; private set; } = null!;

    public string Logs => string.Join("\n", _services.Select(s => $"===== {s.Name}\n{s.Output}")) +
        $"\n===== Verification.Worker (all incarnations)\n{Worker?.Output}";

    public async Task InitializeAsync()
    {
        await _backends.CreateAsync();
        var connectionString = _backends.ConnectionString;
        Database = NpgsqlDataSource.Create(connectionString);
        Telemetry = await OtlpReceiver.StartAsync();

        var environment = new Dictionary<string, string>(Telemetry.ServiceEnvironment)
        {
            ["ConnectionStrings__Verification"] = connectionString,
            ["RabbitMq__Host"] = "127.0.0.1",
            ["RabbitMq__VirtualHost"] = VirtualHost,
            ["RabbitMq__DeliveryLimit"] = DeliveryLimit.ToString(),
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = TestEnvironment.SmtpPort.ToString(),
            ["Intake__ApiKey"] = ApiKey,
            ["FaultInjection__CrashMarker"] = CrashMarker,
            ["FaultInjection__FailMarker"] = FailMarker,
            ["VerificationRetry__IntervalsMs"] = "100,200",
        };
        _services.Add(ServiceProcess.Start("Intake", environment));
        _services.Add(ServiceProcess.Start("Notification.Worker", environment));
        Worker = new Supervisor("Verification.Worker", environment);
        await Task.WhenAll(_services.Select(s => s.WaitUntilReadyAsync(_probe, TimeSpan.FromSeconds(90)))
            .Append(Worker.WaitUntilReadyAsync(_probe, TimeSpan.FromSeconds(90))));
        Portal = new PortalClient(_services[0].BaseAddress, ApiKey);
    }

    /// <summary>The verification worker's resident memory now, from /proc (Linux).</summary>
    public long WorkerResidentBytes()
    {
        try
        {
            var line = File.ReadLines($"/proc/{Worker.Current.ProcessId}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        catch (IOException)
        {
            return 0; // between two incarnations
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }
        if (Worker is not null)
        {
            await Worker.DisposeAsync();
        }
        var logDirectory = Path.Combine(TestEnvironment.RepositoryRoot, "tests", ".results");
        Directory.CreateDirectory(logDirectory);
        await File.WriteAllTextAsync(Path.Combine(logDirectory, "resilience-stack-services.log"), Logs);
        Portal?.Dispose();
        _probe.Dispose();
        Mail.Dispose();
        if (Telemetry is not null)
        {
            await Telemetry.DisposeAsync();
        }
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
        await _backends.DropAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ResilienceStackCollection : ICollectionFixture<ResilienceStackFixture>
{
    public const string Name = "resilience-stack";
}
