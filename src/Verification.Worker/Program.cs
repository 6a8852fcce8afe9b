using MassTransit;
using ServiceDefaults;
using ServiceDefaults.Messaging;
using Verification.Worker;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddMessaging(bus => bus.AddConsumer<DocumentUploadedConsumer, DocumentUploadedConsumerDefinition>());
builder.AddVerificationWorker();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
