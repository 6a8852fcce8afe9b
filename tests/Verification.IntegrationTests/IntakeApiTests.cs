using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests;

[Collection(StackCollection.Name)]
public class IntakeApiTests(StackFixture stack)
{
    private PortalClient Portal => stack.Portal;

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Refuses_a_call_without_the_right_api_key_with_problem_details(string? key)
    {
        using var http = new HttpClient { BaseAddress = Portal.Http.BaseAddress };
        if (key is not null)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
        }
        using var response = await http.GetAsync("/api/v1/dossiers/anything");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Creates_then_updates_a_dossier_and_returns_it_with_its_documents()
    {
        var dossierId = $"D-{Guid.NewGuid():N}"[..20];
        using var created = await Portal.Http.PutAsJsonAsync($"/api/v1/dossiers/{dossierId}", PortalClient.Declaration("a@etudiant.example"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var updated = await Portal.Http.PutAsJsonAsync($"/api/v1/dossiers/{dossierId}", PortalClient.Declaration("b@etudiant.example", "en"));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);

        var documentId = await Portal.UploadAcceptedAsync(dossierId, "bank_details", "rib.pdf", Fixtures.Read("clean.pdf"));
        var dossier = await Portal.Http.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{dossierId}");
        Assert.Equal("b@etudiant.example", dossier.GetProperty("email").GetString());
        Assert.Equal("en", dossier.GetProperty("language").GetString());
        Assert.Equal("2001-04-12", dossier.GetProperty("dateOfBirth").GetString());
        var document = Assert.Single(dossier.GetProperty("documents").EnumerateArray());
        Assert.Equal(documentId, document.GetProperty("documentId").GetGuid());
    }

    [Fact]
    public async Task Names_the_invalid_fields_of_a_declaration()
    {
        using var response = await Portal.Http.PutAsJsonAsync("/api/v1/dossiers/D-invalid", new { lastName = "X", dateOfBirth = "12/04/2001" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("dateOfBirth", out _));
        Assert.True(errors.TryGetProperty("email", out _));
    }

    [Fact]
    public async Task Answers_404_for_an_upload_to_a_dossier_never_declared()
    {
        using var response = await Portal.UploadAsync("D-never-declared", "bank_details", "rib.pdf", Fixtures.Read("clean.pdf"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("passport", true)]
    [InlineData("identity_document", false)]
    public async Task Answers_400_for_a_missing_or_unknown_type_or_a_missing_file(string? type, bool withFile)
    {
        var (dossierId, _) = await Portal.DeclareDossierAsync();
        using var response = await Portal.UploadAsync(dossierId, type, "id.jpg", withFile ? Fixtures.Read("clean.jpg") : null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Answers_413_past_the_16_MB_hard_cap()
    {
        var (dossierId, _) = await Portal.DeclareDossierAsync();
        using var response = await Portal.UploadAsync(dossierId, "identity_document", "huge.jpg", new byte[17 * 1024 * 1024]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Returns_202_with_a_location_that_serves_the_document_status()
    {
        var (dossierId, _) = await Portal.DeclareDossierAsync();
        using var response = await Portal.UploadAsync(dossierId, "enrollment_certificate", "certificat.pdf", Fixtures.Read("clean.pdf"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!;
        var status = await Portal.Http.GetFromJsonAsync<JsonElement>(location);
        Assert.Equal(dossierId, status.GetProperty("dossierId").GetString());
        Assert.Equal("enrollment_certificate", status.GetProperty("type").GetString());
    }
}
