namespace Verification.Worker.BirthCertificates.Checks;

/// <summary>The names agents see for the birth-certificate checks, in pipeline order (after the quality checks).</summary>
public static class BirthCertificateCheckNames
{
    public const string Pages = "certificate_pages";
    public const string Original = "certificate_original";
    public const string SwornTranslation = "sworn_translation";
    public const string Surname = "certificate_surname";
    public const string BirthDate = "certificate_birth_date";
}
