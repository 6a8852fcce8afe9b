using System.Text;
using Contracts;

namespace Notification.Worker.Email;

/// <summary>
/// Writes the e-mail for a decision: the student's language first, then the other one, each with
/// every reason's sentence, so the student knows exactly what to fix whichever language they read.
/// </summary>
public static class DecisionEmailComposer
{
    private const string Separator = "\n\n---------------------------------------------\n\n";

    public static (string Subject, string Body) Compose(string kind, string documentType, IReadOnlyList<string> reasonCodes, string language)
    {
        var first = language == "en" ? "en" : "fr";
        var second = first == "fr" ? "en" : "fr";
        var subject = $"{Subject(kind, first)} / {Subject(kind, second)} : {DocumentTypeLabels.For(documentType, first)}";
        var body = Body(kind, documentType, reasonCodes, first) + Separator + Body(kind, documentType, reasonCodes, second);
        return (subject, body);
    }

    private static string Subject(string kind, string language) => (kind, language) switch
    {
        (NotificationKind.Accepted, "fr") => "Document accepté",
        (NotificationKind.Accepted, _) => "Document accepted",
        (NotificationKind.Rejected, "fr") => "Document à renvoyer",
        (NotificationKind.Rejected, _) => "Document to upload again",
        (_, "fr") => "Document en cours de vérification",
        _ => "Document being checked",
    };

    private static string Body(string kind, string documentType, IReadOnlyList<string> reasonCodes, string language)
    {
        var fr = language == "fr";
        var label = DocumentTypeLabels.For(documentType, language);
        var text = new StringBuilder();
        text.AppendLine(fr ? "Bonjour," : "Hello,").AppendLine();
        switch (kind)
        {
            case NotificationKind.Accepted:
                text.AppendLine(fr
                    ? $"Votre document « {label} » a été accepté. Vous n'avez rien d'autre à faire pour ce document."
                    : $"Your document \"{label}\" has been accepted. You have nothing more to do for this document.");
                break;
            case NotificationKind.Rejected:
                text.AppendLine(fr
                    ? $"Votre document « {label} » n'a pas pu être accepté. Voici ce qu'il faut corriger :"
                    : $"Your document \"{label}\" could not be accepted. Here is what to fix:");
                AppendReasons(text, reasonCodes, fr);
                text.AppendLine().AppendLine(fr
                    ? "Téléversez le document corrigé depuis votre espace personnel sur le portail d'inscription."
                    : "Upload the corrected document from your personal area on the registration portal.");
                break;
            default:
                text.AppendLine(fr
                    ? $"Votre document « {label} » a bien été reçu. Un agent de l'Assurance Maladie va le vérifier ; vous recevrez sa décision par e-mail."
                    : $"Your document \"{label}\" has been received. An Assurance Maladie agent will check it; you will receive the decision by e-mail.");
                AppendReasons(text, reasonCodes, fr);
                break;
        }
        text.AppendLine().Append(fr ? "L'Assurance Maladie" : "Assurance Maladie (French health insurance)");
        return text.ToString();
    }

    private static void AppendReasons(StringBuilder text, IReadOnlyList<string> reasonCodes, bool fr)
    {
        foreach (var message in reasonCodes.Select(ReasonMessages.For))
        {
            text.Append("  - ").AppendLine(fr ? message.MessageFr : message.MessageEn);
        }
    }
}
