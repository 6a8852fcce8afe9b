using System.Text.RegularExpressions;

namespace Verification.Worker.BirthCertificates.Translation;

/// <summary>One kind of evidence that a French page is a sworn translation, and what it is worth.</summary>
public sealed record TranslationCue(string Name, double Weight, Regex Pattern);

/// <summary>
/// What sworn translations into French say about themselves. Each cue counts once, however often it
/// matches. No cue is enough alone: a French birth extract says "copie certifiée conforme", a letter
/// may say "traduction", but only a translation says it is one, from which language, certified by
/// whom, before which court, with an affirmation, a number and a seal. Patterns run on folded text
/// (lower case, no accents; see Language.TextTokens), which also absorbs OCR's lost accents.
/// </summary>
public static partial class TranslationCues
{
    private const string Languages =
        "espagnol|portugais|allemand|italien|anglais|arabe|chinois|russe|turc|roumain|polonais|ukrainien|japonais|coreen|vietnamien|" +
        "persan|farsi|hindi|bengali|ourdou|neerlandais|grec|hebreu|albanais|serbe|croate|bulgare|tcheque|slovaque|hongrois|swahili|" +
        "amharique|thai|indonesien|malais|tamoul|armenien|georgien|azeri|kazakh|ouzbek|mongol|khmer|lao|birman|nepalais|cinghalais|" +
        "bielorusse|lituanien|letton|estonien|finnois|suedois|norvegien|danois|islandais|catalan|basque|galicien|" +
        "malgache|haoussa|yoruba|igbo|lingala|wolof|tigrigna|somali|pachto|dari|tadjik|kirghiz|turkmene|mandarin|cantonais";

    public static readonly IReadOnlyList<TranslationCue> All =
    [
        new("says it is a translation", 2.0, Translation()),
        new("names the source language", 2.0, SourceLanguage()),
        new("certified true to the original", 2.0, CertifiedTrue()),
        new("sworn, certified or expert translator", 2.5, SwornTranslator()),
        new("court of appeal", 2.0, CourtOfAppeal()),
        new("translator's affirmation", 1.5, Affirmation()),
        new("seal or stamp", 1.0, Seal()),
        new("translation or register number", 1.0, TranslatorNumber()),
        new("official-translation title", 1.0, OfficialTitle()),
    ];

    [GeneratedRegex(@"\btraduction\b|\btradui(t|te|ts|tes)\b")]
    private static partial Regex Translation();

    [GeneratedRegex(@"\b(tradui\w*|traduction|original\w*|redige\w*|langue|de l'|du )[^\n]{0,40}?\b(" + Languages + @")(e|es|s)?\b")]
    private static partial Regex SourceLanguage();

    [GeneratedRegex(@"\bcertifi\w* conforme|\btraduction (certifiee|conforme|fidele)|\bconforme (a|avec) l'original|\bconforme au document original|\bfidele et conforme|\btraduction conforme")]
    private static partial Regex CertifiedTrue();

    [GeneratedRegex(@"\b(traducteur|traductrice|traducteur-interprete|traductrice-interprete|interprete)\W{1,3}(\w+\W{1,3}){0,2}?(jure|juree|assermente|assermentee|agree|agreee|expert|experte)\b|\b(expert|experte|jure|juree)\W{1,3}(traducteur|traductrice)\b")]
    private static partial Regex SwornTranslator();

    [GeneratedRegex(@"\b(pres|aupres de|par) la cour d'appel\b|\bcour d'appel d[e']")]
    private static partial Regex CourtOfAppeal();

    [GeneratedRegex(@"\bje soussigne|\ben foi de quoi\b|\bcertifie (que|la presente)|\batteste que\b|\bpour traduction\b")]
    private static partial Regex Affirmation();

    [GeneratedRegex(@"\b(cachet|sceau|tampon)\b")]
    private static partial Regex Seal();

    [GeneratedRegex(@"\b(traduction|repertoire|ordre|enregistree?|inscrit|sous le)\b[^\n]{0,25}?\b(n\s?°|no|n o|numero)\s*[:.]?\s*\d|\b(n\s?°|numero) d'ordre\s*[:.]?\s*\d")]
    private static partial Regex TranslatorNumber();

    [GeneratedRegex(@"\btraduction (juree|officielle|assermentee|certifiee)\b")]
    private static partial Regex OfficialTitle();
}
