namespace Verification.Worker.Formats;

public enum FileFormat
{
    Unknown,
    Pdf,
    Jpeg,
    Png,
}
