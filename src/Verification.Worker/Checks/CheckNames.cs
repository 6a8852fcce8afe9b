namespace Verification.Worker.Checks;

/// <summary>The names agents see for each check, in pipeline order.</summary>
public static class CheckNames
{
    public const string EmptyFile = "empty_file";
    public const string FileSize = "file_size";
    public const string FileFormat = "file_format";
    public const string PdfPassword = "pdf_password";
    public const string PdfIntegrity = "pdf_integrity";
    public const string PageCount = "page_count";
    public const string PageSize = "page_size";
    public const string ImageIntegrity = "image_integrity";
    public const string Resolution = "resolution";
    public const string Blur = "blur";
    public const string CroppedEdges = "cropped_edges";
    public const string Mrz = "mrz";
    public const string MrzName = "mrz_name";
    public const string MrzBirthDate = "mrz_birth_date";
    public const string MrzNationality = "mrz_nationality";
    public const string DocumentExpiry = "document_expiry";
    public const string VisaType = "visa_type";
    public const string VisaValidity = "visa_validity";
    public const string Pipeline = "pipeline";
}
