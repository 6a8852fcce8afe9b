using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests;

/// <summary>Nothing is lost between "stored" and "published": an upload made while RabbitMQ is down is verified once it is back.</summary>
[Collection(StackCollection.Name)]
public class BrokerOutageTests(StackFixture stack)
{
    [Fact]
    public async Task An_upload_made_while_rabbitmq_is_down_is_decided_and_emailed_once_it_is_back()
    {
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync();
        await RabbitMqAdmin.StopAppAsync();
        Guid documentId;
        try
        {
            documentId = await stack.Portal.UploadAcceptedAsync(dossierId, "student_visa", "visa.pdf", Fixtures.Read("encrypted.pdf"));
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.Equal("processing", (await stack.Portal.GetDocumentAsync(documentId)).Status);
        }
        finally
        {
            await RabbitMqAdmin.StartAppAsync();
        }

        var document = await stack.Portal.WaitForDecisionAsync(documentId, TimeSpan.FromSeconds(120));
        Assert.Equal("rejected", document.Status);
        Assert.Equal("password_protected_pdf", Assert.Single(document.Reasons).Code);
        Assert.Single(await stack.Mail.WaitForAsync(email, TimeSpan.FromSeconds(120)));
    }
}
