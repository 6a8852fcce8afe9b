using Verification.Worker.BirthCertificates;
using Verification.Worker.BirthCertificates.Reading;

namespace Verification.UnitTests.BirthCertificates;

public class PageRolesTests
{
    private const string Spanish = "REGISTRO CIVIL DE NACIMIENTO. El presente registro se expide a solicitud del interesado y tiene validez para " +
        "demostrar el parentesco, la fecha y el lugar de nacimiento de la persona inscrita. Nombres: ANA MARÍA. Apellidos: GARCÍA MÁRQUEZ.";

    private const string TranslationBody = "Traduction de l'espagnol. Registre civil de naissance. Nom : GARCÍA MÁRQUEZ. Prénoms : Ana María. " +
        "Date de naissance : 12 avril 2001. Lieu de naissance : Bogotá, Colombie. Le présent registre est délivré à la demande de l'intéressée.";

    private const string Certification = "Je soussignée, Claire Dubois, traductrice jurée près la cour d'appel de Paris, certifie que la " +
        "présente traduction est conforme à l'original. Traduction n° 2025-0457. Cachet et signature de la traductrice.";

    private static PageText Page(int number, string text) => new(number, PageTextSource.TextLayer, text, 100, 0.02, 0, null);

    private static CertificateReading Assign(params PageText[] pages) => PageRoles.Assign(pages, new BirthCertificateOptions());

    [Fact]
    public void Takes_a_french_page_next_to_the_translators_certification_as_part_of_the_translation()
    {
        var reading = Assign(Page(1, Spanish), Page(2, TranslationBody), Page(3, Certification));

        Assert.Equal([PageRole.Original, PageRole.Translation, PageRole.Translation], reading.Pages.Select(p => p.Role));
        Assert.Empty(reading.Doubtful);
    }

    [Fact]
    public void Leaves_a_french_page_with_some_translation_cues_but_no_certification_to_an_agent()
    {
        var reading = Assign(Page(1, Spanish), Page(2, TranslationBody));

        Assert.Equal(PageRole.PossibleTranslation, reading.Pages[1].Role);
        Assert.Contains(reading.Pages[1], reading.Doubtful);
    }

    [Fact]
    public void Counts_a_page_not_read_as_a_doubt_and_a_blank_page_as_nothing()
    {
        var reading = Assign(Page(1, Spanish), PageText.NotRead(2, 0.03, "the time for reading this upload ran out"),
            new PageText(3, PageTextSource.Ocr, "", 0, 0.0001, 0, null));

        Assert.Equal([PageRole.Original, PageRole.Unread, PageRole.Blank], reading.Pages.Select(p => p.Role));
        Assert.Equal([2], reading.Doubtful.Select(p => p.Number));
        Assert.Contains("not read: the time for reading this upload ran out", reading.Describe());
    }
}
