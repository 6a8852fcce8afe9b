using MassTransit;
using Review;
using Review.Messaging;
using ServiceDefaults;
using ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddMessaging(bus =>
{
    bus.AddConsumer<ManualReviewRequestedConsumer, ManualReviewRequestedConsumerDefinition>();
    bus.AddConsumer<AcceptSamplingConsumer, AcceptSamplingConsumerDefinition>();
});
builder.AddReview();

var app = builder.Build();
app.UseReview();
app.MapDefaultEndpoints();
app.Run();
