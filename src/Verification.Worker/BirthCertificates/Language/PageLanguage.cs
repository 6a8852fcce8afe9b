namespace Verification.Worker.BirthCertificates.Language;

public enum PageLanguageCode
{
    French,
    English,
    Spanish,
    Portuguese,
    German,
    Italian,
    /// <summary>Latin letters read well, but none of the profiled languages (Turkish, Polish, Vietnamese, ...).</summary>
    OtherLatin,
    /// <summary>Arabic, Chinese, Cyrillic, ...: a text layer in that script, or ink that OCR with Latin models cannot read.</summary>
    NonLatin,
    /// <summary>No text and hardly any ink.</summary>
    Blank,
}

/// <summary>What a page is written in, how sure the classifier is, and the measurements behind it.</summary>
/// <param name="Script">The non-Latin script when known (from a text layer), e.g. "Arabic"; null otherwise.</param>
/// <param name="Evidence">Short, agent-readable account of the measures, e.g. "42 words; fr 0.98; OCR 91".</param>
public sealed record PageLanguage(PageLanguageCode Code, double Confidence, string? Script, string Evidence)
{
    public bool IsFrench => Code == PageLanguageCode.French;

    public bool IsEnglish => Code == PageLanguageCode.English;

    /// <summary>A language a French civil servant reads without translation.</summary>
    public bool NeedsNoTranslation => Code is PageLanguageCode.French or PageLanguageCode.English;

    public string Name => Code switch
    {
        PageLanguageCode.French => "French",
        PageLanguageCode.English => "English",
        PageLanguageCode.Spanish => "Spanish",
        PageLanguageCode.Portuguese => "Portuguese",
        PageLanguageCode.German => "German",
        PageLanguageCode.Italian => "Italian",
        PageLanguageCode.OtherLatin => "another Latin-script language",
        PageLanguageCode.NonLatin => Script is null ? "a non-Latin script" : $"{Script} script",
        _ => "blank",
    };
}
