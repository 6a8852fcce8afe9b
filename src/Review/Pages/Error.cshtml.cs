using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Review.Pages;

/// <summary>
/// What an agent sees instead of a bare status code. Re-executed with the failed request's method,
/// so it answers any method and checks no antiforgery token (the failed one may be why it is here).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string Title => Code switch
    {
        400 => "The form could not be accepted",
        403 => "Not allowed",
        404 => "Not found",
        429 => "Too many attempts",
        _ => "Something went wrong",
    };

    public string Explanation => Code switch
    {
        400 => "The page may have been open too long, or opened in another session. Reload it and try again.",
        404 => "This item or page does not exist.",
        429 => "Wait a minute before signing in again.",
        _ => "The error has been logged. Try again; if it persists, tell the support team the time it happened.",
    };

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => Code = code;
}
