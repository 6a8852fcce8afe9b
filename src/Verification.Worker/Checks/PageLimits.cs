using Contracts;

namespace Verification.Worker.Checks;

/// <summary>
/// The most pages a legitimate upload of each type has. A birth certificate is the longest: an
/// original of up to three pages, its sworn translation of up to three, and an apostille or
/// legalisation page, so 8; twice what is plausible elsewhere would still be refused.
/// </summary>
public static class PageLimits
{
    private static readonly Dictionary<string, int> MaxPages = new(StringComparer.Ordinal)
    {
        [DocumentTypes.BirthCertificate] = 8,
        [DocumentTypes.EnrollmentCertificate] = 4,
        [DocumentTypes.IdentityDocument] = 4, // passport data page, or ID card recto and verso, sometimes with a cover page
        [DocumentTypes.StudentVisa] = 2,
        [DocumentTypes.ResourcesAttestation] = 6,
        [DocumentTypes.ResidencePermit] = 4,
        [DocumentTypes.BankDetails] = 2,
    };

    /// <summary>The cap for a type; unknown types get the largest cap rather than a false refusal.</summary>
    public static int For(string documentType) => MaxPages.GetValueOrDefault(documentType, MaxPages.Values.Max());

    /// <summary>No page beyond this is ever rendered or read, whatever the type.</summary>
    public static int Absolute => MaxPages.Values.Max();
}
