using MassTransit;
using ServiceDefaults;
using ServiceDefaults.Messaging;
using Verification.Worker;
using Verification.Worker.Cli;

if (args is ["verify", .. var verifyArgs])
{
    return await VerifyCommand.RunAsync(verifyArgs);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddMessaging(bus =>
{
    bus.AddConsumer<DocumentUploadedConsumer, DocumentUploadedConsumerDefinition>();
    bus.AddConsumer<DocumentUploadedDeadLetterConsumer, DocumentUploadedDeadLetterConsumerDefinition>();
});
builder.AddVerificationWorker();

var app = builder.Build();
app.MapDefaultEndpoints();
await app.RunAsync();
return 0;
