using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Verification.IntegrationTests.Infrastructure;

public sealed record Reason(string Code, string MessageFr, string MessageEn);

public sealed record DocumentStatus(Guid DocumentId, string DossierId, string Type, string Status, List<Reason> Reasons, DateTimeOffset? DecidedAt);

/// <summary>What the registration portal does: declare a dossier, upload files, poll statuses.</summary>
public sealed class PortalClient : IDisposable
{
    public PortalClient(Uri baseAddress, string apiKey)
    {
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
    }

    public HttpClient Http { get; }

    public static object Declaration(string email, string language = "fr") => new
    {
        lastName = "GARCÍA MÁRQUEZ",
        firstNames = "Ana María",
        dateOfBirth = "2001-04-12",
        nationality = "COL",
        countryOfBirth = "COL",
        email,
        language,
        rightsStartDate = "2026-09-01",
    };

    /// <summary>Declares a dossier with a unique address, so each test reads only its own e-mails.</summary>
    public async Task<(string DossierId, string Email)> DeclareDossierAsync(string language = "fr")
    {
        var dossierId = $"D-{Guid.NewGuid():N}"[..20];
        var email = $"{dossierId.ToLowerInvariant()}@etudiant.example";
        using var response = await Http.PutAsJsonAsync($"/api/v1/dossiers/{dossierId}", Declaration(email, language));
        response.EnsureSuccessStatusCode();
        return (dossierId, email);
    }

    public async Task<HttpResponseMessage> UploadAsync(string dossierId, string? type, string? fileName, byte[]? content)
    {
        using var form = new MultipartFormDataContent();
        if (type is not null)
        {
            form.Add(new StringContent(type), "type");
        }
        if (content is not null)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", fileName ?? "upload.bin");
        }
        return await Http.PostAsync($"/api/v1/dossiers/{dossierId}/documents", form);
    }

    public async Task<Guid> UploadAcceptedAsync(string dossierId, string type, string fileName, byte[] content)
    {
        using var response = await UploadAsync(dossierId, type, fileName, content);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("processing", body.GetProperty("status").GetString());
        return body.GetProperty("documentId").GetGuid();
    }

    public async Task<DocumentStatus> GetDocumentAsync(Guid documentId) =>
        (await Http.GetFromJsonAsync<DocumentStatus>($"/api/v1/documents/{documentId}"))!;

    public async Task<DocumentStatus> WaitForDecisionAsync(Guid documentId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var document = await GetDocumentAsync(documentId);
            if (document.Status != "processing")
            {
                return document;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Document {documentId} is still processing.");
            }
            await Task.Delay(200);
        }
    }

    public void Dispose() => Http.Dispose();
}
