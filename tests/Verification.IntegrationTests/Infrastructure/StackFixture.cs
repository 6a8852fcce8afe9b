using Npgsql;

namespace Verification.IntegrationTests.Infrastructure;

/// <summary>
/// The whole system on real infrastructure: a fresh PostgreSQL database, a RabbitMQ virtual host
/// of its own, the SMTP server, and Intake, both workers and the review console as real processes.
/// </summary>
public sealed class StackFixture : IAsyncLifetime
{
    public const string ApiKey = "integration-test-key";

    /// <summary>Agents the review console seeds from its configuration, as the local stack does.</summary>
    public static readonly (string Email, string Password)[] Agents =
    [
        ("agent@cpam.test", "integration-agent-password"),
        ("second.agent@cpam.test", "integration-second-password"),
    ];

    private readonly IsolatedBackends _backends = new("it");
    private readonly List<ServiceProcess> _services = [];
    private readonly List<ServiceProcess> _extraOutputs = [];
    private readonly HttpClient _probe = new() { Timeout = TimeSpan.FromSeconds(5) };

    public PortalClient Portal { get; private set; } = null!;

    public MailDevClient Mail { get; } = new(TestEnvironment.MailDevUrl);

    public NpgsqlDataSource Database { get; private set; } = null!;

    /// <summary>The review console (src/Review).</summary>
    public Uri ReviewAddress { get; private set; } = null!;

    private Dictionary<string, string> _reviewEnvironment = [];

    private Dictionary<string, string> _environment = [];

    public string Logs => string.Join("\n", _services.Concat(_extraOutputs).Select(s => $"===== {s.Name}\n{s.Output}"));

    public async Task InitializeAsync()
    {
        await _backends.CreateAsync();
        var connectionString = _backends.ConnectionString;
        Database = NpgsqlDataSource.Create(connectionString);

        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Verification"] = connectionString,
            ["RabbitMq__Host"] = "127.0.0.1",
            ["RabbitMq__VirtualHost"] = _backends.VirtualHost,
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = TestEnvironment.SmtpPort.ToString(),
            ["Intake__ApiKey"] = ApiKey,
        };
        // Intake first: it creates the schema the workers rely on (they would wait for the lock anyway).
        foreach (var project in new[] { "Intake", "Verification.Worker", "Notification.Worker" })
        {
            _services.Add(ServiceProcess.Start(project, environment));
        }
        _environment = environment;
        _reviewEnvironment = new Dictionary<string, string>(environment);
        for (var i = 0; i < Agents.Length; i++)
        {
            _reviewEnvironment[$"Review__SeedAgents__{i}__Email"] = Agents[i].Email;
            _reviewEnvironment[$"Review__SeedAgents__{i}__Password"] = Agents[i].Password;
        }
        var review = ServiceProcess.Start("Review", _reviewEnvironment);
        _services.Add(review);
        await Task.WhenAll(_services.Select(s => s.WaitUntilReadyAsync(_probe, TimeSpan.FromSeconds(90))));
        Portal = new PortalClient(_services[0].BaseAddress, ApiKey);
        ReviewAddress = review.BaseAddress;
    }

    /// <summary>
    /// Another instance of the review console on the same database and broker, with settings of its
    /// own (a short lease, say). The caller disposes it; its output joins the stack's log.
    /// </summary>
    internal async Task<ServiceProcess> StartReviewInstanceAsync(IReadOnlyDictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>(_reviewEnvironment);
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }
        var instance = ServiceProcess.Start("Review", environment);
        _extraOutputs.Add(instance);
        await instance.WaitUntilReadyAsync(_probe, TimeSpan.FromSeconds(90));
        return instance;
    }

    /// <summary>
    /// Kills one of the stack's services (as a crash would: no graceful shutdown) and leaves it down
    /// until <see cref="StartServiceAsync"/>. Its output stays in the stack's log.
    /// </summary>
    internal async Task StopServiceAsync(string project)
    {
        var running = _services.Single(s => s.Name == project);
        _services.Remove(running);
        _extraOutputs.Add(running);
        await running.DisposeAsync();
    }

    /// <summary>
    /// (Re)starts one of the stack's services with the stack's environment plus <paramref name="settings"/>
    /// (a short reminder delay, another SMTP port, ...). Call it without settings to restore the stack's own.
    /// </summary>
    internal async Task<ServiceProcess> StartServiceAsync(string project, IReadOnlyDictionary<string, string>? settings = null)
    {
        if (_services.Any(s => s.Name == project))
        {
            await StopServiceAsync(project);
        }
        var environment = new Dictionary<string, string>(project == "Review" ? _reviewEnvironment : _environment);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }
        var service = ServiceProcess.Start(project, environment);
        _services.Add(service);
        await service.WaitUntilReadyAsync(_probe, TimeSpan.FromSeconds(90));
        return service;
    }

    public async Task DisposeAsync()
    {
        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }
        // Kept beside the test results: the first thing to read when a test fails.
        var logDirectory = Path.Combine(TestEnvironment.RepositoryRoot, "tests", ".results");
        Directory.CreateDirectory(logDirectory);
        await File.WriteAllTextAsync(Path.Combine(logDirectory, "stack-services.log"), Logs);
        Portal?.Dispose();
        _probe.Dispose();
        Mail.Dispose();
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
        await _backends.DropAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "stack";
}
