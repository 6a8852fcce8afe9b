namespace Verification.Worker.Checks;

/// <summary>The names agents see for each check, in pipeline order.</summary>
public static class CheckNames
{
    public const string EmptyFile = "empty_file";
    public const string FileSize = "file_size";
    public const string FileFormat = "file_format";
    public const string PdfPassword = "pdf_password";
    public const string PdfIntegrity = "pdf_integrity";
    public const string Pipeline = "pipeline";
}
