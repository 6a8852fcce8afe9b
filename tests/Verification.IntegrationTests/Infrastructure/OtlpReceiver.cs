using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Verification.IntegrationTests.Infrastructure;

/// <summary>
/// An OTLP/HTTP (protobuf) endpoint inside the test process: the services export to it exactly as they
/// would to a collector, and the tests read what arrived. Traces are decoded; logs and metrics are kept as
/// raw bytes, which is enough to look for a metric's name or a string that must never be exported.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<OtlpSpan> _spans = [];
    private readonly List<byte[]> _logs = [];
    private readonly List<byte[]> _metrics = [];

    private OtlpReceiver(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static async Task<OtlpReceiver> StartAsync()
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app, new Uri($"http://127.0.0.1:{port}"));
        app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            var spans = OtlpSpan.Parse(await ReadBodyAsync(request));
            lock (receiver._spans) { receiver._spans.AddRange(spans); }
            return Results.Ok();
        });
        app.MapPost("/v1/logs", async (HttpRequest request) => receiver.Keep(receiver._logs, await ReadBodyAsync(request)));
        app.MapPost("/v1/metrics", async (HttpRequest request) => receiver.Keep(receiver._metrics, await ReadBodyAsync(request)));
        await app.StartAsync();
        return receiver;
    }

    public IReadOnlyList<OtlpSpan> Spans
    {
        get { lock (_spans) { return _spans.ToList(); } }
    }

    public IReadOnlyList<byte[]> Logs
    {
        get { lock (_logs) { return _logs.ToList(); } }
    }

    public IReadOnlyList<byte[]> Metrics
    {
        get { lock (_metrics) { return _metrics.ToList(); } }
    }

    /// <summary>The settings that point a service's exporters here, flushing often so tests need not wait long.</summary>
    public IReadOnlyDictionary<string, string> ServiceEnvironment => new Dictionary<string, string>
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Endpoint.ToString().TrimEnd('/'),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "250",
        ["OTEL_BLRP_SCHEDULE_DELAY"] = "250",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Keep(List<byte[]> store, byte[] body)
    {
        lock (store) { store.Add(body); }
        return Results.Ok();
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        Stream body = request.Body;
        if (string.Equals(request.Headers.ContentEncoding, "gzip", StringComparison.OrdinalIgnoreCase))
        {
            body = new GZipStream(body, CompressionMode.Decompress);
        }
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
