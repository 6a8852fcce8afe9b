using MassTransit;
using Notification.Worker;
using ServiceDefaults;
using ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddMessaging(bus => bus.AddConsumer<DecisionNotificationConsumer, DecisionNotificationConsumerDefinition>());
builder.AddNotificationWorker();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
