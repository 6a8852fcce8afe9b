using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Intake.Api;

/// <summary>
/// Every /api call must carry the portal's key in X-Api-Key. Health probes stay open for the orchestrator.
/// </summary>
public sealed partial class ApiKeyMiddleware(RequestDelegate next, IOptions<IntakeOptions> options, ILogger<ApiKeyMiddleware> logger)
{
    public const string HeaderName = "X-Api-Key";

    private readonly byte[] _expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(
        string.IsNullOrEmpty(options.Value.ApiKey)
            ? throw new InvalidOperationException("Intake:ApiKey is not configured.")
            : options.Value.ApiKey));

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/openapi"))
        {
            await next(context);
            return;
        }
        if (!IsValid(context.Request.Headers[HeaderName].ToString()))
        {
            LogRejectedKey(logger, context.Request.Path);
            await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or invalid API key",
                detail: $"Send the portal's key in the {HeaderName} header.").ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    /// <summary>Compares hashes in constant time, so neither the content nor the length of the key leaks through timing.</summary>
    internal bool IsValid(string presented) =>
        presented.Length > 0
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), _expectedHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a call to {Path} with a missing or invalid API key")]
    private static partial void LogRejectedKey(ILogger logger, PathString path);
}
