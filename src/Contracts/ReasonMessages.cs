namespace Contracts;

/// <summary>A reason code with the sentence a student reads, in French and English.</summary>
public sealed record ReasonMessage(string Code, string MessageFr, string MessageEn);

/// <summary>
/// Student-facing sentences for every reason code. Each says what was wrong and what to do next,
/// because the student only ever sees this text, never the findings behind it.
/// </summary>
public static class ReasonMessages
{
    private const string RulesFr = "Formats acceptés : PDF, JPEG ou PNG, 4 Mo maximum.";
    private const string RulesEn = "Accepted formats: PDF, JPEG or PNG, 4 MB maximum.";

    private static readonly Dictionary<string, ReasonMessage> Catalog = new ReasonMessage[]
    {
        new(ReasonCodes.EmptyFile,
            $"Le fichier reçu est vide. Téléversez de nouveau votre document. {RulesFr}",
            $"The file we received is empty. Please upload your document again. {RulesEn}"),
        new(ReasonCodes.FileTooLarge,
            "Le fichier dépasse 4 Mo. Réduisez sa taille (par exemple en le numérisant en 200 ou 300 dpi) et téléversez-le de nouveau.",
            "The file is larger than 4 MB. Reduce its size (for example by scanning at 200 or 300 dpi) and upload it again."),
        new(ReasonCodes.UnsupportedFormat,
            $"Ce fichier n'est pas un vrai PDF, JPEG ou PNG, quel que soit son nom. Enregistrez votre document dans l'un de ces formats et téléversez-le de nouveau. {RulesFr}",
            $"This file is not a real PDF, JPEG or PNG, whatever its name says. Save your document in one of these formats and upload it again. {RulesEn}"),
        new(ReasonCodes.PasswordProtectedPdf,
            "Ce PDF est protégé par un mot de passe et nous ne pouvons pas l'ouvrir. Retirez le mot de passe (ou imprimez-le en PDF) et téléversez-le de nouveau.",
            "This PDF is protected by a password and we cannot open it. Remove the password (or print it to a new PDF) and upload it again."),
        new(ReasonCodes.CorruptFile,
            $"Ce fichier est endommagé et ne peut pas être lu. Enregistrez ou numérisez de nouveau votre document et téléversez-le. {RulesFr}",
            $"This file is damaged and cannot be read. Save or scan your document again and upload it. {RulesEn}"),
        new(ReasonCodes.TooManyPages,
            "Ce PDF contient trop de pages pour ce type de document. Téléversez uniquement les pages du document demandé.",
            "This PDF has too many pages for this kind of document. Upload only the pages of the document requested."),
        new(ReasonCodes.LowResolution,
            "L'image est trop petite pour être lue. Numérisez ou photographiez le document en meilleure résolution (au moins 200 dpi), en entier, et téléversez-le de nouveau.",
            "The image is too small to be read. Scan or photograph the document at a higher resolution (at least 200 dpi), in full, and upload it again."),
        new(ReasonCodes.Blurry,
            $"Le document est flou. Numérisez-le ou photographiez-le de nouveau, bien éclairé, net, les quatre coins visibles et sans reflet. {RulesFr}",
            $"The document is blurry. Scan or photograph it again in good light, in focus, with all four corners visible and no glare. {RulesEn}"),
        new(ReasonCodes.CroppedEdges,
            "Le document est coupé sur les bords. Numérisez-le ou photographiez-le de nouveau en entier, les quatre coins visibles, avec une marge autour.",
            "The document is cut off at the edges. Scan or photograph it again in full, with all four corners visible and a margin around it."),
        new(ReasonCodes.MrzNotFound,
            "Nous ne trouvons pas la bande de lecture automatique (les lignes avec des « < ») en bas de la page d'identité. Téléversez la page d'identité entière, nette et sans reflet.",
            "We cannot find the machine-readable zone (the lines with '<' signs) at the bottom of the identity page. Upload the whole identity page, sharp and without glare."),
        new(ReasonCodes.MrzCheckFailed,
            "La bande de lecture automatique de votre document n'a pas pu être vérifiée. Téléversez une image plus nette de la page d'identité entière ; un agent vérifiera votre document.",
            "The machine-readable zone of your document could not be verified. Upload a sharper image of the whole identity page; an agent will check your document."),
        new(ReasonCodes.NameMismatch,
            "Le nom sur le document ne correspond pas à celui déclaré dans votre dossier. Vérifiez votre nom dans votre dossier ou téléversez votre propre document.",
            "The name on the document does not match the name declared in your file. Check the name in your file, or upload your own document."),
        new(ReasonCodes.BirthDateMismatch,
            "La date de naissance sur le document ne correspond pas à celle déclarée dans votre dossier. Corrigez votre dossier ou téléversez votre propre document.",
            "The date of birth on the document does not match the one declared in your file. Correct your file or upload your own document."),
        new(ReasonCodes.DocumentExpired,
            "Ce document n'est pas valide à la date de début de vos droits. Téléversez un document en cours de validité à cette date.",
            "This document is not valid on the start date of your rights. Upload a document that is valid on that date."),
        new(ReasonCodes.NotAStudentVisa,
            "Ce document n'est pas un visa long séjour (VISA D) étudiant. Téléversez la page de votre passeport portant le visa long séjour.",
            "This document is not a long-stay student visa (VISA D). Upload the passport page that carries your long-stay visa."),
        new(ReasonCodes.TranslationMissing,
            "Votre acte de naissance doit être accompagné de sa traduction en français par un traducteur assermenté, dans UN SEUL fichier PDF : l'original puis la traduction. Téléversez ce PDF unique.",
            "Your birth certificate must come with its French translation by a sworn translator, in ONE single PDF file: the original, then the translation. Upload that single PDF."),
        new(ReasonCodes.OriginalMissing,
            "Nous avons reçu la traduction mais pas l'acte de naissance original. Mettez l'original et sa traduction dans UN SEUL fichier PDF et téléversez-le.",
            "We received the translation but not the original birth certificate. Put the original and its translation in ONE single PDF file and upload it."),
        new(ReasonCodes.WrongDocumentType,
            "Ce document n'est pas celui demandé. Vérifiez la liste des pièces et téléversez le bon document.",
            "This is not the document requested. Check the list of documents and upload the right one."),
        new(ReasonCodes.ProcessingFailed,
            "Nous n'avons pas pu analyser automatiquement votre document ; un agent va le vérifier. Vous n'avez rien à faire pour l'instant.",
            "We could not check your document automatically; an agent will review it. You have nothing to do for now."),
    }.ToDictionary(m => m.Code, StringComparer.Ordinal);

    public static IReadOnlyCollection<ReasonMessage> All => Catalog.Values;

    /// <summary>The sentences for a code; an unknown code still gets a sentence rather than an empty e-mail.</summary>
    public static ReasonMessage For(string code) =>
        Catalog.TryGetValue(code, out var message)
            ? message
            : new ReasonMessage(code,
                "Votre document n'a pas pu être validé ; un agent va le vérifier.",
                "Your document could not be validated; an agent will review it.");

    public static bool IsKnown(string code) => Catalog.ContainsKey(code);
}
