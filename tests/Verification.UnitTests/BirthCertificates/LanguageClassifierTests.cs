using Verification.Worker.BirthCertificates.Language;
using Verification.Worker.BirthCertificates.Reading;

namespace Verification.UnitTests.BirthCertificates;

public class LanguageClassifierTests
{
    private static PageLanguage Classify(string text, PageTextSource source = PageTextSource.TextLayer, int ocrConfidence = 100, double ink = 0.04) =>
        LanguageClassifier.Classify(new PageText(1, source, text, ocrConfidence, ink, 0, null));

    [Theory]
    [InlineData("Le présent extrait est délivré par l'officier de l'état civil de la ville de Lyon. Nom : HADDAD. Date de naissance : 27 octobre 2000, à Lyon, fils de Nabil et de Rima.", PageLanguageCode.French)]
    [InlineData("This is to certify that the following information has been taken from the original record of birth which is the register for the local area of New Delhi.", PageLanguageCode.English)]
    [InlineData("El presente registro se expide a solicitud del interesado y tiene validez para demostrar el parentesco y la fecha de nacimiento de la persona inscrita.", PageLanguageCode.Spanish)]
    [InlineData("O conteúdo da certidão é verdadeiro. Esta certidão foi emitida pelo oficial do registro civil a pedido da parte interessada, não contém rasuras.", PageLanguageCode.Portuguese)]
    [InlineData("Die Übereinstimmung der Urkunde mit dem Eintrag im Geburtsregister wird hiermit beglaubigt. Familienname: MÜLLER, Geburtsort: München.", PageLanguageCode.German)]
    [InlineData("Si rilascia il presente estratto in carta libera per gli usi consentiti dalla legge. Cognome: ROSSI, nata a Milano il 30 gennaio 2002.", PageLanguageCode.Italian)]
    public void Names_the_language_of_a_page_of_running_text(string text, PageLanguageCode expected)
    {
        var language = Classify(text);

        Assert.Equal(expected, language.Code);
        Assert.True(language.Confidence >= 0.75, language.ToString());
    }

    [Theory]
    [InlineData("المملكة المغربية وزارة الداخلية نسخة موجزة من رسم الولادة الاسم الشخصي يوسف الاسم العائلي العمراني", "Arabic")]
    [InlineData("中华人民共和国 出生医学证明 姓名 王丽 性别 女 出生地点 北京市海淀区 母亲姓名 李梅", "Han")]
    [InlineData("РОССИЙСКАЯ ФЕДЕРАЦИЯ СВИДЕТЕЛЬСТВО О РОЖДЕНИИ Фамилия ИВАНОВА Имя отчество Анна Сергеевна", "Cyrillic")]
    public void Recognises_a_non_latin_script_from_a_text_layer(string text, string script)
    {
        var language = Classify(text);

        Assert.Equal(PageLanguageCode.NonLatin, language.Code);
        Assert.Equal(script, language.Script);
        Assert.True(language.Confidence >= 0.9);
    }

    [Fact]
    public void Reads_cyrillic_that_ocr_turned_into_mixed_case_latin_as_a_non_latin_script()
    {
        const string ocr = "POCCUMCKAA DEAEPALUA\nCBUAETE/ILCTBO O POXAEHUU\nDamunua: ABAHOBA\nMa, oT4ecTBO: AHHa CepreeBHa\n" +
            "Mecto poxkfeHua: ropog MockBa, Poccuiickan Pezepauua\nOreu: UBaHoB Ceprei Netposuy, rpaxaaHUH Poccuñcko Pegepauuu\n" +
            "Matb: UBaHosa EneHa BukTopoBHa, rpaxgaHka Poccuñckoû Degepauuu\nMecTo rocyaapcTBeHHoû perucrpauuu: OTgen 3ATC MockBbI";

        var language = Classify(ocr, PageTextSource.Ocr, ocrConfidence: 62);

        Assert.Equal(PageLanguageCode.NonLatin, language.Code);
        Assert.True(language.Confidence >= 0.75, language.ToString());
    }

    [Fact]
    public void Reads_arabic_that_ocr_turned_into_debris_as_a_non_latin_script()
    {
        const string ocr = "aus phil aSlooll\nal lil aylig\näÿdall Ill - doled! yogis! & y 20\n63V9ll aus Yo 85790 asuui\nuw pasui] awl\n" +
            "wiheasll bile! awl\ngail au gigs yo pic yuoll obo jV aul\nLU JI obo 51 5e\nrool gy rar. II awl\nwis ww äabLlé eYl el";

        var language = Classify(ocr, PageTextSource.Ocr, ocrConfidence: 45);

        Assert.Equal(PageLanguageCode.NonLatin, language.Code);
        Assert.True(language.Confidence >= 0.75, language.ToString());
    }

    [Fact]
    public void Calls_a_page_with_ink_but_no_words_non_latin_and_a_page_without_ink_blank()
    {
        Assert.Equal(PageLanguageCode.NonLatin, Classify("", PageTextSource.Ocr, 0, ink: 0.05).Code);
        Assert.Equal(PageLanguageCode.Blank, Classify("", PageTextSource.Ocr, 0, ink: 0.0005).Code);
    }

    [Fact]
    public void Names_a_well_read_latin_page_of_an_unprofiled_language_as_other_latin()
    {
        const string turkish = "Nüfus kayıt örneği: doğum yeri ve tarihi, anne adı, baba adı, medeni hali, kayıt tarihi ve nüfus müdürlüğü onayı ile verilmiştir. " +
            "Bu belge kişinin talebi üzerine düzenlenmiştir ve resmi işlemlerde kullanılabilir.";

        var language = Classify(turkish, PageTextSource.Ocr, ocrConfidence: 88);

        Assert.Equal(PageLanguageCode.OtherLatin, language.Code);
    }

    [Fact]
    public void Is_unsure_of_a_page_of_a_handful_of_words()
    {
        var language = Classify("Nom Lyon 2001 Paris", PageTextSource.Ocr, ocrConfidence: 90);

        Assert.True(language.Confidence < 0.75, language.ToString());
    }
}
