using System.Globalization;
using Verification.Worker.BirthCertificates.Language;
using Verification.Worker.BirthCertificates.Reading;
using Verification.Worker.BirthCertificates.Translation;

namespace Verification.Worker.BirthCertificates;

public enum PageRole
{
    /// <summary>The birth record itself, in whatever language.</summary>
    Original,
    /// <summary>Part of a sworn French translation.</summary>
    Translation,
    /// <summary>A French page with some translation cues, too few to be sure: an agent decides.</summary>
    PossibleTranslation,
    Blank,
    /// <summary>Not read (time budget, no engine, undecodable): it could be anything.</summary>
    Unread,
}

/// <summary>One page as the rules see it: its text, its language, its translation score and its role.</summary>
public sealed record CertificatePage(PageText Text, PageLanguage Language, SwornTranslationScore Translation, PageRole Role)
{
    public int Number => Text.Number;

    /// <summary>One line an agent can read, e.g. "page 1: Spanish (0.99), original [OCR 91; 130 words ...]".</summary>
    public string Describe()
    {
        var role = Role switch
        {
            PageRole.Translation => $"sworn translation, {Translation}",
            PageRole.PossibleTranslation => $"possible translation, {Translation}",
            PageRole.Unread => $"not read: {Text.Problem}",
            PageRole.Blank => "blank",
            _ => "original",
        };
        var language = Role == PageRole.Unread
            ? "unknown"
            : string.Create(CultureInfo.InvariantCulture, $"{Language.Name} ({Language.Confidence:0.00})");
        var problem = Role != PageRole.Unread && Text.Problem is { } p ? $"; {p}" : "";
        return $"page {Number}: {language}, {role} [{Language.Evidence}{problem}]";
    }
}
