using Contracts;
using Verification.Worker.Checks;

namespace Verification.Worker.Identity;

/// <summary>Which documents the identity checks look at, and the reasons they step aside.</summary>
internal static class IdentityScope
{
    public static bool Applies(DocumentUnderCheck document) =>
        document.DocumentType is DocumentTypes.IdentityDocument or DocumentTypes.StudentVisa;

    public const string NotIdentityDocument = "not a passport, identity card or visa";

    public const string NoDeclaredData = "no declared data to compare with";

    public const string NoMrz = "no machine-readable zone was read (see the mrz check)";
}
