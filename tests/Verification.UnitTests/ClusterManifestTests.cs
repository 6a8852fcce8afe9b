using MassTransit;
using Notification.Worker;
using Verification.Worker;

namespace Verification.UnitTests;

/// <summary>The cluster manifests (deploy/k8s) stay in step with the code they deploy.</summary>
public class ClusterManifestTests
{
    private static readonly string Root = FindRoot();

    [Theory]
    [InlineData("intake.yaml")]
    [InlineData("review.yaml")]
    [InlineData("verification-worker.yaml")]
    [InlineData("notification-worker.yaml")]
    public void Probes_every_deployment_on_its_live_and_ready_endpoints(string file)
    {
        var manifest = Read(file);
        Assert.Contains("livenessProbe:\n            httpGet: { path: /health/live", manifest);
        Assert.Contains("readinessProbe:\n            httpGet: { path: /health/ready", manifest);
    }

    [Fact]
    public void Scales_each_worker_on_the_queue_its_consumer_actually_reads()
    {
        var formatter = KebabCaseEndpointNameFormatter.Instance;
        Assert.Contains($"queueName: {formatter.Consumer<DocumentUploadedConsumer>()}\n", Read("verification-worker.yaml"));
        Assert.Contains($"queueName: {formatter.Consumer<DecisionNotificationConsumer>()}\n", Read("notification-worker.yaml"));
    }

    [Fact]
    public void Lists_every_manifest_in_the_kustomization()
    {
        var kustomization = Read("kustomization.yaml");
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "deploy", "k8s"), "*.yaml").Select(Path.GetFileName))
        {
            if (file != "kustomization.yaml")
            {
                Assert.Contains($"  - {file}\n", kustomization);
            }
        }
    }

    [Fact]
    public void Runs_a_three_node_rabbitmq_cluster_and_reaches_postgresql_as_an_external_service()
    {
        Assert.Contains("kind: RabbitmqCluster", Read("rabbitmq.yaml"));
        Assert.Contains("replicas: 3", Read("rabbitmq.yaml"));
        Assert.Contains("type: ExternalName", Read("postgres.yaml"));
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(Root, "deploy", "k8s", file)).ReplaceLineEndings("\n");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Verification.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Verification.sln not found above the test assembly.");
    }
}
