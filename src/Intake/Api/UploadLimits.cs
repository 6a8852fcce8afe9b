namespace Intake.Api;

internal static class UploadLimits
{
    /// <summary>Files up to this size are stored and verified; the 4 MB student rule is a check, not this.</summary>
    public const long HardCapBytes = 16L * 1024 * 1024;

    /// <summary>Room for the multipart envelope around a file at the hard cap.</summary>
    public const long MaxRequestBytes = HardCapBytes + 64 * 1024;
}
