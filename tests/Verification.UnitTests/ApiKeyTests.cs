using Microsoft.Extensions.DependencyInjection;
using Intake;
using Intake.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Verification.UnitTests;

public class ApiKeyTests
{
    private static ApiKeyMiddleware Middleware(string key) =>
        new(_ => Task.CompletedTask, Options.Create(new IntakeOptions { ApiKey = key }), NullLogger<ApiKeyMiddleware>.Instance);

    [Theory]
    [InlineData("local-dev-key", true)]
    [InlineData("local-dev-ke", false)]
    [InlineData("local-dev-key ", false)]
    [InlineData("LOCAL-DEV-KEY", false)]
    [InlineData("", false)]
    public void Accepts_only_the_exact_key(string presented, bool expected) =>
        Assert.Equal(expected, Middleware("local-dev-key").IsValid(presented));

    [Fact]
    public void Refuses_to_start_without_a_configured_key() =>
        Assert.Throws<InvalidOperationException>(() => Middleware(""));

    [Fact]
    public async Task Answers_401_problem_details_to_an_api_call_without_the_key()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/api/v1/dossiers/D1";
        context.Response.Body = new MemoryStream();
        context.RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider();
        await Middleware("k").InvokeAsync(context);
        Assert.Equal(401, context.Response.StatusCode);
        Assert.StartsWith("application/problem+json", context.Response.ContentType);
    }
}
