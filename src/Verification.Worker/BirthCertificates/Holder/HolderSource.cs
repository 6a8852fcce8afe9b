namespace Verification.Worker.BirthCertificates.Holder;

/// <summary>
/// Which pages name the holder in a language the checks read: the sworn translation when there is
/// one, otherwise an original surely in French or English.
/// </summary>
public static class HolderSource
{
    public static (HolderFields Fields, string Where)? Read(CertificateReading reading)
    {
        var pages = reading.Translations;
        var where = "sworn translation";
        if (pages.Count == 0)
        {
            pages = reading.Originals.Where(p => reading.IsSure(p) && p.Language.NeedsNoTranslation).ToList();
            where = "original";
        }
        if (pages.Count == 0)
        {
            return null;
        }
        var fields = HolderFields.From(string.Join("\n", pages.Select(p => p.Text.Text)));
        return (fields, $"{where}, page(s) {CertificateReading.Numbers(pages)}");
    }
}
