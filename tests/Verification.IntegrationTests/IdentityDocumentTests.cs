using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests;

/// <summary>
/// A passport through the running stack: upload, MRZ read by the worker's warm engines, matched to the
/// dossier's declared data. The passport is the generated sample tests/fixtures/mrz/samples/passport_td3_clean.png
/// (GARCIA MARQUEZ, JOSE LUIS, born 2001-03-14, Spanish, valid until 2032-04-15).
/// </summary>
[Collection(StackCollection.Name)]
public class IdentityDocumentTests(StackFixture stack)
{
    private static readonly TimeSpan DecisionTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Accepts_a_passport_that_matches_the_dossier()
    {
        var dossierId = await DeclareAsync("García Márquez", "José Luis", "2001-03-14", "ESP");
        var documentId = await stack.Portal.UploadAcceptedAsync(dossierId, "identity_document", "passeport.png", Passport());

        var document = await stack.Portal.WaitForDecisionAsync(documentId, DecisionTimeout);

        Assert.True(document.Status == "accepted", $"decided {document.Status} [{string.Join(", ", document.Reasons.Select(r => r.Code))}]");
        var mrz = (await FindingsAsync(documentId)).Single(f => f.GetProperty("name").GetString() == "mrz").GetProperty("mrz");
        Assert.Equal("GARCIA MARQUEZ", mrz.GetProperty("surname").GetString());
        Assert.Equal("2001-03-14", mrz.GetProperty("dateOfBirth").GetString());
    }

    [Fact]
    public async Task Does_not_accept_a_passport_that_belongs_to_someone_else()
    {
        var dossierId = await DeclareAsync("Martin", "Camille", "1999-05-20", "ESP");
        var documentId = await stack.Portal.UploadAcceptedAsync(dossierId, "identity_document", "passeport.png", Passport());

        var document = await stack.Portal.WaitForDecisionAsync(documentId, DecisionTimeout);

        Assert.Equal("rejected", document.Status);
        Assert.Contains(document.Reasons, r => r.Code is "name_mismatch" or "birth_date_mismatch");
        Assert.All(document.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.MessageEn)));
    }

    private async Task<string> DeclareAsync(string lastName, string firstNames, string dateOfBirth, string nationality)
    {
        var dossierId = $"D-{Guid.NewGuid():N}"[..20];
        var declaration = new
        {
            lastName, firstNames, dateOfBirth, nationality, countryOfBirth = nationality,
            email = $"{dossierId.ToLowerInvariant()}@etudiant.example", language = "fr", rightsStartDate = "2026-09-01",
        };
        using var response = await stack.Portal.Http.PutAsJsonAsync($"/api/v1/dossiers/{dossierId}", declaration);
        response.EnsureSuccessStatusCode();
        return dossierId;
    }

    private async Task<List<JsonElement>> FindingsAsync(Guid documentId)
    {
        await using var connection = await stack.Database.OpenConnectionAsync();
        var findings = await connection.QuerySingleAsync<string>(
            "select findings::text from decisions where document_id = @documentId", new { documentId });
        return JsonDocument.Parse(findings).RootElement.EnumerateArray().Select(f => f.Clone()).ToList();
    }

    private static byte[] Passport()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "mrz", "passport_td3_clean.png");
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException("the MRZ sample is missing from the test output (tests/fixtures/mrz/samples)", path);
    }
}
