using System.Text;
using Dapper;
using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests.Telemetry;

/// <summary>
/// One trace follows a document from the portal's HTTP call, through the outbox and RabbitMQ, each check
/// and the decision, to the notification; logs carry its ids; no personal data leaves in logs or telemetry.
/// </summary>
[Collection(ResilienceStackCollection.Name)]
public class TraceTests(ResilienceStackFixture stack)
{
    [Fact]
    public async Task One_trace_spans_intake_the_verification_worker_and_the_notification_worker()
    {
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync();
        var documentId = await stack.Portal.UploadAcceptedAsync(dossierId, "enrollment_certificate", "certificate.pdf", Fixtures.Read("clean.pdf"));
        await stack.Portal.WaitForDecisionAsync(documentId, TimeSpan.FromSeconds(90));
        await stack.Mail.WaitForAsync(email, TimeSpan.FromSeconds(60));

        // The upload request's span is the one Intake wrote into the outbox next to the DocumentUploaded row.
        var (traceId, requestSpanId) = await UploadTraceAsync(documentId);
        var upload = await WaitForSpanAsync(s => s.Service == "Intake" && s.TraceId == traceId && s.SpanId == requestSpanId);
        Assert.StartsWith("POST", upload.Name);
        // Not three traces that share an id by accident: the decision's notification runs back through the
        // worker to the upload request, span by span.
        string[] services = ["Intake", "Notification.Worker", "Verification.Worker"];
        List<OtlpSpan> trace = [];
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var connected = false;
        while (!connected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            trace = stack.Telemetry.Spans.Where(s => s.TraceId == upload.TraceId).ToList();
            var byId = trace.GroupBy(s => s.SpanId).ToDictionary(g => g.Key, g => g.First());
            connected = trace.Where(s => s.Service == "Notification.Worker").Select(s => Ancestry(s, byId))
                .Any(path => path[^1] == upload && path.Select(s => s.Service).Distinct().Order().SequenceEqual(services));
        }
        Assert.True(connected, "no span of the notification worker descends from the upload through the verification worker:\n" +
            string.Join("\n", trace.Select(s => $"{s.Service} {s.Name} {s.SpanId} <- {s.ParentSpanId}")));

        Assert.Contains(trace, s => s.Name == "outbox publish");
        var worker = trace.Where(s => s.Service == "Verification.Worker").Select(s => s.Name).ToList();
        Assert.Contains("check file_format", worker);
        Assert.Contains("check pdf_password", worker);
        Assert.Contains("record decision", worker);

        // Logs are correlated: the worker's decision was logged inside this trace.
        Assert.Contains($"TraceId:{upload.TraceId}", stack.Worker.Output);
    }

    [Fact]
    public async Task Exports_the_pipeline_metrics()
    {
        var (dossierId, _) = await stack.Portal.DeclareDossierAsync();
        var rejected = await stack.Portal.UploadAcceptedAsync(dossierId, "student_visa", "visa.pdf", Fixtures.Read("encrypted.pdf"));
        var readByOcr = await stack.Portal.UploadAcceptedAsync(dossierId, "identity_document", "passport.jpg", Fixtures.Read("clean.jpg"));
        await stack.Portal.WaitForDecisionAsync(rejected, TimeSpan.FromSeconds(90));
        await stack.Portal.WaitForDecisionAsync(readByOcr, TimeSpan.FromSeconds(90));

        // Documents by type and decision, each check's duration, OCR time, queue depth and age, e-mails.
        string[] names = ["verification.documents.decided", "verification.check.duration", "verification.upload_to_decision",
            "verification.ocr.duration", "messaging.queue.depth", "outbox.pending", "outbox.oldest_pending_age",
            "notification.emails.sent"];
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(40);
        var missing = names.ToList();
        while (missing.Count > 0 && DateTime.UtcNow < deadline)
        {
            var exported = stack.Telemetry.Metrics.Select(m => Encoding.UTF8.GetString(m)).ToList();
            missing.RemoveAll(name => exported.Any(e => e.Contains(name, StringComparison.Ordinal)));
            await Task.Delay(500);
        }
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Names_and_birth_dates_of_students_appear_in_no_log_span_or_exported_record()
    {
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync();
        var rejected = await stack.Portal.UploadAcceptedAsync(dossierId, "identity_document", "passport.pdf", Fixtures.Read("encrypted.pdf"));
        var checkedFully = await stack.Portal.UploadAcceptedAsync(dossierId, "birth_certificate", "birth.jpg", Fixtures.Read("clean.jpg"));
        await stack.Portal.WaitForDecisionAsync(rejected, TimeSpan.FromSeconds(90));
        await stack.Portal.WaitForDecisionAsync(checkedFully, TimeSpan.FromSeconds(90));
        await stack.Mail.WaitForAsync(email, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2)); // one more export round

        // What PortalClient.Declaration declares, in the forms it could leak in.
        string[] personal = ["GARCÍA", "MÁRQUEZ", "GARCIA MARQUEZ", "Ana María", "2001-04-12", "12/04/2001", "12.04.2001"];
        var logs = stack.Logs;
        var spans = string.Join("\n", stack.Telemetry.Spans.Select(s => $"{s.Name} {string.Join(' ', s.Attributes.Values)}"));
        var exported = string.Join("\n", stack.Telemetry.Logs.Concat(stack.Telemetry.Metrics).Select(b => Encoding.UTF8.GetString(b)));
        Assert.NotEmpty(stack.Telemetry.Logs);
        foreach (var value in personal)
        {
            Assert.False(logs.Contains(value, StringComparison.OrdinalIgnoreCase), $"'{value}' appears in a service log");
            Assert.False(spans.Contains(value, StringComparison.OrdinalIgnoreCase), $"'{value}' appears in a span");
            Assert.False(exported.Contains(value, StringComparison.OrdinalIgnoreCase), $"'{value}' appears in exported logs or metrics");
        }
    }

    /// <summary>The span, its parent, its parent's parent... as far as the exported spans go.</summary>
    private static List<OtlpSpan> Ancestry(OtlpSpan span, Dictionary<string, OtlpSpan> byId)
    {
        var path = new List<OtlpSpan> { span };
        while (byId.TryGetValue(path[^1].ParentSpanId, out var parent) && path.Count < 100)
        {
            path.Add(parent);
        }
        return path;
    }

    private async Task<(string TraceId, string SpanId)> UploadTraceAsync(Guid documentId)
    {
        await using var connection = await stack.Database.OpenConnectionAsync();
        var traceParent = await connection.ExecuteScalarAsync<string>(
            "select trace_parent from outbox where message_type = 'Contracts.DocumentUploaded' and payload->>'documentId' = @id",
            new { id = documentId.ToString() });
        Assert.NotNull(traceParent);
        var parts = traceParent.Split('-'); // W3C: version-traceid-spanid-flags
        return (parts[1], parts[2]);
    }

    private async Task<OtlpSpan> WaitForSpanAsync(Func<OtlpSpan, bool> match)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (stack.Telemetry.Spans.FirstOrDefault(match) is { } span)
            {
                await Task.Delay(1000); // let the rest of the trace's batches arrive
                return span;
            }
            await Task.Delay(250);
        }
        var seen = stack.Telemetry.Spans.Select(s => $"{s.Service}/{s.Scope}: {s.Name} [{string.Join(", ", s.Attributes.Keys)}]").Distinct();
        throw new TimeoutException($"No such span among {stack.Telemetry.Spans.Count} exported:\n{string.Join("\n", seen.Take(60))}");
    }
}
