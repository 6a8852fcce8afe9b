using Microsoft.Playwright;

namespace Verification.IntegrationTests.ReviewConsole;

/// <summary>
/// Playwright driving the machine's own Chromium (Debian's package, deploy/packages.txt). Playwright's
/// browser download is never used: the executable path is given, so nothing is fetched.
/// </summary>
internal static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new FileNotFoundException("Debian's chromium package is missing: deploy/packages.txt lists it; tests/run.sh installs it.", ExecutablePath);
        }
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args =
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run",
                ],
                Timeout = 60_000,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Where screenshots are kept: beside the test results, as artifacts of the run.</summary>
    public static string ArtifactPath(string name)
    {
        var directory = Path.Combine(Infrastructure.TestEnvironment.RepositoryRoot, "tests", ".results");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }
}
