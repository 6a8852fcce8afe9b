namespace Contracts;

/// <summary>
/// The one vocabulary shared by the checks, the agents and the e-mails (DESIGN.md, "Reason codes").
/// A code never changes meaning once published: the portal stores them.
/// </summary>
public static class ReasonCodes
{
    public const string EmptyFile = "empty_file";
    public const string FileTooLarge = "file_too_large";
    public const string UnsupportedFormat = "unsupported_format";
    public const string PasswordProtectedPdf = "password_protected_pdf";
    public const string CorruptFile = "corrupt_file";
    public const string TooManyPages = "too_many_pages";
    public const string LowResolution = "low_resolution";
    public const string Blurry = "blurry";
    public const string CroppedEdges = "cropped_edges";
    public const string MrzNotFound = "mrz_not_found";
    public const string MrzCheckFailed = "mrz_check_failed";
    public const string NameMismatch = "name_mismatch";
    public const string BirthDateMismatch = "birth_date_mismatch";
    public const string DocumentExpired = "document_expired";
    public const string NotAStudentVisa = "not_a_student_visa";
    public const string TranslationMissing = "translation_missing";
    public const string OriginalMissing = "original_missing";
    public const string WrongDocumentType = "wrong_document_type";
    public const string ProcessingFailed = "processing_failed";
}
