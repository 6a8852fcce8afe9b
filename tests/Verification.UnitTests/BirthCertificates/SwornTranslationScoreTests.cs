using Verification.Worker.BirthCertificates;
using Verification.Worker.BirthCertificates.Translation;

namespace Verification.UnitTests.BirthCertificates;

public class SwornTranslationScoreTests
{
    private static readonly double Threshold = new BirthCertificateOptions().TranslationScoreThreshold;
    private static readonly double ReviewFrom = new BirthCertificateOptions().TranslationReviewScore;

    [Theory]
    [InlineData("TRADUCTION CERTIFIÉE CONFORME\nTraduit de l'espagnol\nJe soussignée, Claire Dubois, traductrice jurée près la cour d'appel de Paris, certifie que la présente traduction est conforme à l'original.\nTraduction n° 2025-0457\n[Cachet et signature de la traductrice]")]
    [InlineData("Pour traduction certifiée conforme à l'original présenté,\nPierre Martin, expert traducteur près la cour d'appel de Lyon\nN° d'ordre : 1187\nSceau du traducteur")]
    [InlineData("TRADUCTION JURÉE\nDe l'italien vers le français\nTraduction certifiée conforme à l'original par Sophie Laurent, experte traductrice agréée par la cour d'appel de Versailles, sous le numéro 4521.")]
    [InlineData("TRADUCTION CERTIFIEE CONFORME\nTraduit de l espagnol\nJe soussignee, Claire Dubois, traductrice juree pres la cour d'appel de Paris")]
    public void Scores_a_sworn_translation_above_the_threshold_whatever_its_wording(string text)
    {
        var score = SwornTranslationScore.Of(text);

        Assert.True(score.Score >= Threshold, score.ToString());
    }

    [Theory]
    [InlineData("EXTRAIT D'ACTE DE NAISSANCE\nNom : HADDAD\nCopie certifiée conforme au registre.\nL'officier de l'état civil")]
    [InlineData("Merci de trouver ci-joint la traduction demandée.")]
    [InlineData("Le traducteur a signé.")]
    public void Does_not_take_one_keyword_for_a_translation(string text)
    {
        var score = SwornTranslationScore.Of(text);

        Assert.True(score.Score < ReviewFrom, score.ToString());
    }

    [Fact]
    public void Puts_a_translation_no_sworn_translator_certifies_between_the_two_lines()
    {
        var score = SwornTranslationScore.Of("Traduction de mon acte de naissance\ntraduit de l'espagnol par moi-même\nNom : GARCÍA MÁRQUEZ");

        Assert.InRange(score.Score, ReviewFrom, Threshold - 0.01);
    }
}
