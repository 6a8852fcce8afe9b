using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests;

public class DockerComposeTests
{
    private static string Root => TestEnvironment.RepositoryRoot;

    [Fact]
    public async Task The_compose_file_describes_the_same_stack_as_the_local_scripts()
    {
        var compose = await File.ReadAllTextAsync(Path.Combine(Root, "docker-compose.yml"));
        foreach (var service in new[] { "postgres:", "rabbitmq:", "maildev:", "intake:", "verification-worker:", "notification-worker:", "review:" })
        {
            Assert.Contains(service, compose);
        }
        foreach (var dockerfile in Directory.GetFiles(Path.Combine(Root, "deploy", "docker"), "*.Dockerfile"))
        {
            Assert.Contains(Path.GetFileName(dockerfile), compose);
        }

        // Where the compose client exists, let it validate the file for real.
        var client = await Shell.RunAsync("docker", ["compose", "version"], TimeSpan.FromSeconds(30)).ContinueWith(t => t.IsCompletedSuccessfully && t.Result.ExitCode == 0);
        if (client)
        {
            var (exitCode, output) = await Shell.RunAsync("docker", ["compose", "config", "--quiet"], TimeSpan.FromSeconds(60), Root);
            Assert.True(exitCode == 0, output);
        }
    }
}
