using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Review.Agents;
using Review.Auth;

namespace Review.Pages;

[AllowAnonymous]
[EnableRateLimiting(AuthenticationSetup.SignInRateLimit)]
public sealed partial class LoginModel(AgentStore agents, ILogger<LoginModel> logger) : PageModel
{
    public string? Error { get; private set; }

    public string? Email { get; private set; }

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        Email = email;
        ReturnUrl = returnUrl;
        var agent = string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password)
            ? null
            : await agents.VerifyAsync(email, password, cancellationToken);
        if (agent is null)
        {
            LogRefused(logger, email ?? "");
            Error = "Unknown e-mail or wrong password.";
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            agent.ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme));
        LogSignedIn(logger, agent.Email);
        // Local only: a crafted link must not turn the sign-in page into a redirect to another site.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentEmail} signed in")]
    private static partial void LogSignedIn(ILogger logger, string agentEmail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a sign-in for {AgentEmail}")]
    private static partial void LogRefused(ILogger logger, string agentEmail);
}
