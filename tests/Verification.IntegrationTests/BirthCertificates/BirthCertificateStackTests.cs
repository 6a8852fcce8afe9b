using System.Net.Http.Json;
using Contracts;
using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests.BirthCertificates;

/// <summary>
/// Birth certificates through the running stack: upload over HTTP, read and judged by the worker
/// (OCR with warm engines), decision stored and e-mailed. Files from tests/fixtures/birth/generate.py.
/// </summary>
[Collection(StackCollection.Name)]
public class BirthCertificateStackTests(StackFixture stack)
{
    private static readonly TimeSpan Decision = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Accepts_a_spanish_original_with_its_sworn_french_translation_in_one_pdf_for_a_colombian_student()
    {
        var (dossierId, _) = await stack.Portal.DeclareDossierAsync("fr"); // GARCÍA MÁRQUEZ, born 2001-04-12 in COL

        var documentId = await stack.Portal.UploadAcceptedAsync(dossierId, DocumentTypes.BirthCertificate, "acte-et-traduction.pdf",
            Read("es-original-fr-translation-scan.pdf"));

        var document = await stack.Portal.WaitForDecisionAsync(documentId, Decision);
        Assert.Equal(Decisions.Accepted, document.Status);
        Assert.Empty(document.Reasons);
    }

    [Fact]
    public async Task Rejects_the_spanish_page_alone_with_translation_missing_and_emails_what_to_do()
    {
        var (dossierId, email) = await stack.Portal.DeclareDossierAsync("fr");

        var documentId = await stack.Portal.UploadAcceptedAsync(dossierId, DocumentTypes.BirthCertificate, "acte.pdf",
            Read("es-original-only-scan.pdf"));

        var document = await stack.Portal.WaitForDecisionAsync(documentId, Decision);
        Assert.Equal(Decisions.Rejected, document.Status);
        var reason = Assert.Single(document.Reasons);
        Assert.Equal(ReasonCodes.TranslationMissing, reason.Code);
        var mail = Assert.Single(await stack.Mail.WaitForAsync(email, TimeSpan.FromSeconds(60)));
        var text = mail.Text ?? "";
        // The e-mail says what to do, in French first for a French-speaking student, then in English.
        Assert.Contains(ReasonMessages.For(ReasonCodes.TranslationMissing).MessageFr, text);
        Assert.Contains(ReasonMessages.For(ReasonCodes.TranslationMissing).MessageEn, text);
        Assert.Contains("UN SEUL fichier PDF", text);
        Assert.Contains("ONE single PDF file", text);
        Assert.True(text.IndexOf("traducteur assermenté", StringComparison.Ordinal) < text.IndexOf("sworn translator", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Accepts_an_english_only_certificate_for_an_indian_student()
    {
        var dossierId = $"D-{Guid.NewGuid():N}"[..20];
        using (var declared = await stack.Portal.Http.PutAsJsonAsync($"/api/v1/dossiers/{dossierId}", new
        {
            lastName = "SHARMA",
            firstNames = "Priya",
            dateOfBirth = "2001-07-19",
            nationality = "IND",
            countryOfBirth = "IND",
            email = $"{dossierId.ToLowerInvariant()}@etudiant.example",
            language = "en",
            rightsStartDate = "2026-09-01",
        }))
        {
            declared.EnsureSuccessStatusCode();
        }

        var documentId = await stack.Portal.UploadAcceptedAsync(dossierId, DocumentTypes.BirthCertificate, "birth-certificate.pdf",
            Read("en-original-ind-scan.pdf"));

        var document = await stack.Portal.WaitForDecisionAsync(documentId, Decision);
        Assert.Equal(Decisions.Accepted, document.Status);
    }

    private static byte[] Read(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "birth", name);
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"{name} is missing: run python3 tests/fixtures/birth/generate.py (tests/run.sh does), then build.", path);
    }
}
