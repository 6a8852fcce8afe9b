namespace Verification.Worker.BirthCertificates;

/// <summary>Every page of one birth-certificate upload, with its role; what the rules decide on.</summary>
public sealed record CertificateReading(IReadOnlyList<CertificatePage> Pages, double MinLanguageConfidence)
{
    public IReadOnlyList<CertificatePage> Originals => With(PageRole.Original);

    public IReadOnlyList<CertificatePage> Translations => With(PageRole.Translation);

    public IReadOnlyList<CertificatePage> PossibleTranslations => With(PageRole.PossibleTranslation);

    public IReadOnlyList<CertificatePage> Unread => With(PageRole.Unread);

    /// <summary>Original pages whose language the classifier is not sure of.</summary>
    public IReadOnlyList<CertificatePage> UnsureOriginals => Originals.Where(p => !IsSure(p)).ToList();

    /// <summary>Pages whose role or language leaves a doubt an agent should resolve.</summary>
    public IReadOnlyList<CertificatePage> Doubtful => Pages.Where(p => p.Role is PageRole.Unread or PageRole.PossibleTranslation
        || (p.Role == PageRole.Original && !IsSure(p))).ToList();

    public bool IsSure(CertificatePage page) => page.Language.Confidence >= MinLanguageConfidence;

    /// <summary>Every page described, one per line: the detail an agent reads.</summary>
    public string Describe() => string.Join("\n", Pages.Select(p => p.Describe()));

    public static string Numbers(IEnumerable<CertificatePage> pages) => string.Join(", ", pages.Select(p => p.Number));

    private List<CertificatePage> With(PageRole role) => Pages.Where(p => p.Role == role).ToList();
}
