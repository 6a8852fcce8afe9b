using Intake;
using Intake.Api;
using ServiceDefaults;
using ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddMessaging();
builder.AddIntake();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<ApiKeyMiddleware>();
if (app.Environment.IsDevelopment())
{
    app.MapOpenApi();
}
app.MapDossierEndpoints();
app.MapDocumentEndpoints();
app.MapDefaultEndpoints();
app.Run();
