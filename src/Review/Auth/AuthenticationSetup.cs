using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using System.Threading.RateLimiting;

namespace Review.Auth;

/// <summary>
/// Two ways in over the same accounts: a cookie for the console (pages, forms, document images) and
/// HTTP Basic for the API. Everything requires a signed-in agent unless it says otherwise.
/// The organisation's OIDC provider plugs in here as a third scheme (see docs/review.md).
/// </summary>
public static class AuthenticationSetup
{
    public const string ApiPolicy = "review-api";
    public const string SignInRateLimit = "sign-in";

    public static IServiceCollection AddAgentAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "cpam-review";
                cookie.Cookie.HttpOnly = true;
                // Strict: a form posted from another site arrives without the cookie, on top of the antiforgery token.
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = "/login";
                cookie.LogoutPath = "/logout";
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
            })
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.SchemeName, null);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser().Build())
            .AddPolicy(ApiPolicy, policy => policy
                .AddAuthenticationSchemes(BasicAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser());

        // Password guessing is slow by construction (PBKDF2); this also caps how fast one address can try.
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("show the form"));
        });
        return services;
    }
}
