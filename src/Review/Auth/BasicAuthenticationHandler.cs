using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Review.Agents;

namespace Review.Auth;

/// <summary>
/// HTTP Basic over the agents' accounts, for tools calling the review API. Tools send credentials
/// on every call and carry no cookie, so the API offers nothing for a cross-site request to ride on.
/// </summary>
public sealed partial class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    AgentStore agents)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "Basic";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, SchemeName, StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return AuthenticateResult.NoResult();
        }
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return AuthenticateResult.Fail("Malformed Basic credentials.");
        }
        var separator = decoded.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0)
        {
            return AuthenticateResult.Fail("Malformed Basic credentials.");
        }
        var email = decoded[..separator];
        var agent = await agents.VerifyAsync(email, decoded[(separator + 1)..], Context.RequestAborted);
        if (agent is null)
        {
            LogRefused(Logger, email);
            return AuthenticateResult.Fail("Unknown agent or wrong password.");
        }
        return AuthenticateResult.Success(new AuthenticationTicket(agent.ToPrincipal(SchemeName), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Basic realm=\"CPAM review\", charset=\"UTF-8\"";
        await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Agent credentials required",
            detail: "Send an agent's e-mail and password with HTTP Basic authentication.").ExecuteAsync(Context);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused API credentials for {AgentEmail}")]
    private static partial void LogRefused(ILogger logger, string agentEmail);
}
