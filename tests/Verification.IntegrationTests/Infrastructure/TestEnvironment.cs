namespace Verification.IntegrationTests.Infrastructure;

/// <summary>Where the real services the tests need are; tests/run.sh starts them and sets these.</summary>
internal static class TestEnvironment
{
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=verification;Password=verification";

    public static int SmtpPort => int.Parse(Environment.GetEnvironmentVariable("TEST_SMTP_PORT") ?? "1025");

    public static Uri MailDevUrl => new(Environment.GetEnvironmentVariable("TEST_MAILDEV_URL") ?? "http://127.0.0.1:1080");

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Verification.sln")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException("Verification.sln not found above the test assembly.");
        }
    }

    /// <summary>Debug or Release: the services are run from the same configuration the tests were built in.</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
}
