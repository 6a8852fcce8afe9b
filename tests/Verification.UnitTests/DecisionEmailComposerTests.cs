using Contracts;
using Notification.Worker.Email;

namespace Verification.UnitTests;

public class DecisionEmailComposerTests
{
    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void A_rejection_says_what_to_fix_in_the_students_language_first_then_the_other(string language)
    {
        var reason = ReasonMessages.For(ReasonCodes.PasswordProtectedPdf);
        var (subject, body) = DecisionEmailComposer.Compose(NotificationKind.Rejected, DocumentTypes.BirthCertificate,
            [ReasonCodes.PasswordProtectedPdf], language);

        var fr = body.IndexOf(reason.MessageFr, StringComparison.Ordinal);
        var en = body.IndexOf(reason.MessageEn, StringComparison.Ordinal);
        Assert.True(fr >= 0 && en >= 0, "both sentences are in the body");
        Assert.Equal(language == "fr", fr < en);
        Assert.StartsWith(language == "fr" ? "Document à renvoyer" : "Document to upload again", subject);
        Assert.Contains(language == "fr" ? "Acte de naissance" : "Birth certificate", subject);
    }

    [Fact]
    public void Every_reason_of_a_rejection_is_listed()
    {
        var (_, body) = DecisionEmailComposer.Compose(NotificationKind.Rejected, DocumentTypes.IdentityDocument,
            [ReasonCodes.Blurry, ReasonCodes.CroppedEdges], "en");
        Assert.Contains(ReasonMessages.For(ReasonCodes.Blurry).MessageEn, body);
        Assert.Contains(ReasonMessages.For(ReasonCodes.CroppedEdges).MessageFr, body);
    }

    [Fact]
    public void An_acceptance_asks_nothing_of_the_student()
    {
        var (subject, body) = DecisionEmailComposer.Compose(NotificationKind.Accepted, DocumentTypes.StudentVisa, [], "fr");
        Assert.StartsWith("Document accepté / Document accepted", subject);
        Assert.Contains("rien d'autre à faire", body);
        Assert.Contains("nothing more to do", body);
    }
}
