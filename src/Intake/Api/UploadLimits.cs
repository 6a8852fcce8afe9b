namespace Intake.Api;

internal static class UploadLimits
{
    /// <summary>Files up to this size are stored and verified; the 4 MB student rule is a check, not this.</summary>
    public const long HardCapBytes = 16L * 1024 * 1024;

    /// <summary>Room for the multipart envelope around a file at the hard cap.</summary>
    public const long MaxRequestBytes = HardCapBytes + 64 * 1024;

    /// <summary>
    /// What Kestrel itself reads before cutting the connection. Above the hard cap on purpose: a body
    /// the endpoint refuses is then drained, so the client reads a clean 413 instead of a reset.
    /// </summary>
    public const long ServerReadLimitBytes = 2 * HardCapBytes;
}
