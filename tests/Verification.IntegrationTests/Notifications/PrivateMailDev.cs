using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests.Notifications;

/// <summary>
/// An SMTP server of a test's own, on loopback ports nobody else uses, that the test can keep down
/// and bring up: the stack's MailDev is shared and must stay up. Uses the MailDev the local stack
/// installs (deploy/local/.tools).
/// </summary>
internal sealed class PrivateMailDev : IAsyncDisposable
{
    private Process? _process;

    public PrivateMailDev()
    {
        SmtpPort = FreePort();
        WebPort = FreePort();
    }

    public int SmtpPort { get; }

    public int WebPort { get; }

    public Uri WebAddress => new($"http://127.0.0.1:{WebPort}");

    public static string Executable => Path.Combine(TestEnvironment.RepositoryRoot, "deploy", "local", ".tools", "node_modules", ".bin", "maildev");

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(Executable,
            ["--smtp", SmtpPort.ToString(), "--web", WebPort.ToString(), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("maildev did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                (await http.GetAsync(new Uri(WebAddress, "/email"))).EnsureSuccessStatusCode();
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }
        throw new TimeoutException($"maildev did not answer on {WebAddress}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
