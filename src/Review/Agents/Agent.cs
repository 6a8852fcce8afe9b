using System.Security.Claims;

namespace Review.Agents;

/// <summary>A signed-in CPAM agent. The e-mail is what events and the audit trail name as the decider.</summary>
public sealed record Agent(Guid Id, string Email, string DisplayName)
{
    public ClaimsPrincipal ToPrincipal(string authenticationType) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, Id.ToString()),
        new Claim(ClaimTypes.Email, Email),
        new Claim(ClaimTypes.Name, DisplayName),
    ], authenticationType));

    /// <summary>The agent behind an authenticated principal; null for anyone else.</summary>
    public static Agent? From(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
        && user.FindFirstValue(ClaimTypes.Email) is { } email
            ? new Agent(id, email, user.FindFirstValue(ClaimTypes.Name) ?? email)
            : null;

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
