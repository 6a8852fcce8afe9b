using System.Text;
using Dapper;
using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests.Resilience;

/// <summary>
/// A document the machine cannot get through, because it kills the worker or makes it fail every time,
/// ends in front of an agent as <c>processing_failed</c>, with the reason recorded, and the student is told once.
/// </summary>
[Collection(ResilienceStackCollection.Name)]
public class DeadLetterTests(ResilienceStackFixture stack)
{
    private static readonly TimeSpan DecisionTimeout = TimeSpan.FromSeconds(180);

    [Fact]
    public async Task A_document_that_crashes_the_worker_on_every_delivery_ends_in_manual_review_as_processing_failed()
    {
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync();
        var restartsBefore = stack.Worker.Restarts;

        var documentId = await stack.Portal.UploadAcceptedAsync(dossierId, "enrollment_certificate", "certificate.pdf",
            WithMarker(Fixtures.Read("clean.pdf"), ResilienceStackFixture.CrashMarker));
        var document = await stack.Portal.WaitForDecisionAsync(documentId, DecisionTimeout);

        Assert.Equal("manual_review", document.Status);
        Assert.Equal("processing_failed", Assert.Single(document.Reasons).Code);
        // The worker died once per delivery, was brought back each time, and the broker stopped at its limit.
        Assert.Equal(ResilienceStackFixture.DeliveryLimit + 1, stack.Worker.Restarts - restartsBefore);
        var (rule, findings) = await DecisionAsync(documentId);
        Assert.Equal("delivery_limit_exceeded", rule);
        Assert.Contains("stopped while checking this document", findings);
        Assert.Single(await stack.Mail.WaitForAsync(email, TimeSpan.FromSeconds(60)));

        // The replacement worker goes on with ordinary documents.
        var next = await stack.Portal.UploadAcceptedAsync(dossierId, "student_visa", "visa.pdf", Fixtures.Read("encrypted.pdf"));
        Assert.Equal("rejected", (await stack.Portal.WaitForDecisionAsync(next, TimeSpan.FromSeconds(90))).Status);
    }

    [Fact]
    public async Task A_document_whose_checks_throw_on_every_attempt_ends_in_manual_review_as_processing_failed_not_in_an_error_queue()
    {
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync();
        var restartsBefore = stack.Worker.Restarts;

        var documentId = await stack.Portal.UploadAcceptedAsync(dossierId, "bank_details", "rib.png",
            WithMarker(Fixtures.Read("clean.png"), ResilienceStackFixture.FailMarker));
        var document = await stack.Portal.WaitForDecisionAsync(documentId, DecisionTimeout);

        Assert.Equal("manual_review", document.Status);
        Assert.Equal("processing_failed", Assert.Single(document.Reasons).Code);
        var (rule, findings) = await DecisionAsync(documentId);
        Assert.Equal("delivery_limit_exceeded", rule);
        Assert.Contains("InjectedFailureException", findings);
        Assert.Equal(restartsBefore, stack.Worker.Restarts);
        Assert.Single(await stack.Mail.WaitForAsync(email, TimeSpan.FromSeconds(60)));

        // Nothing was parked where nobody looks: no _error queue holds it, and the dead-letter queue was drained.
        // The count includes a message still unacknowledged for a moment after its decision was committed.
        var queues = await RabbitMqAdmin.ListQueuesAsync(stack.VirtualHost);
        for (var attempt = 0; attempt < 20 && queues.GetValueOrDefault("document-uploaded-dead-letter") > 0; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            queues = await RabbitMqAdmin.ListQueuesAsync(stack.VirtualHost);
        }
        Assert.DoesNotContain(queues, q => q.Key.EndsWith("_error", StringComparison.Ordinal) && q.Value > 0);
        Assert.Equal(0, queues.GetValueOrDefault("document-uploaded-dead-letter"));
        Assert.Equal(0, queues.GetValueOrDefault("document-uploaded"));
    }

    private async Task<(string Rule, string Findings)> DecisionAsync(Guid documentId)
    {
        await using var connection = await stack.Database.OpenConnectionAsync();
        return await connection.QuerySingleAsync<(string, string)>(
            "select rule, findings::text from decisions where document_id = @documentId", new { documentId });
    }

    /// <summary>The sample with the marker appended: still the same kind of file, now recognisable to the fault injection.</summary>
    private static byte[] WithMarker(byte[] content, string marker) => [.. content, .. Encoding.UTF8.GetBytes($"\n{marker}\n")];
}
