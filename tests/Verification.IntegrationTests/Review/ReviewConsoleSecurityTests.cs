using System.Net;
using System.Text.RegularExpressions;
using Verification.IntegrationTests.Infrastructure;

namespace Verification.IntegrationTests.ReviewConsole;

/// <summary>Identity documents are shown to signed-in agents only, and every form needs its antiforgery token.</summary>
[Collection(StackCollection.Name)]
public partial class ReviewConsoleSecurityTests(StackFixture stack)
{
    [Fact]
    public async Task Serves_document_pages_only_to_a_signed_in_agent()
    {
        using var api = ReviewScenario.Agent(stack, 0);
        var (_, _, item) = await ReviewScenario.UploadForManualReviewAsync(stack, api);
        var image = $"/items/{item.Id}/pages/1.png";

        using (var anonymous = Client(out _))
        {
            using var refused = await anonymous.GetAsync(image);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/login", refused.Headers.Location?.PathAndQuery);
            // Basic credentials open the API, not the console's pages.
            anonymous.DefaultRequestHeaders.Authorization = api.Http.DefaultRequestHeaders.Authorization;
            using var basic = await anonymous.GetAsync(image);
            Assert.Equal(HttpStatusCode.Redirect, basic.StatusCode);
        }

        using var agent = await SignedInAsync();
        using var served = await agent.GetAsync(image);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Fixtures.Read("clean.jpg"), await served.Content.ReadAsByteArrayAsync());
        Assert.Contains("no-store", served.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Renders_a_pdf_document_as_png_pages()
    {
        using var api = ReviewScenario.Agent(stack, 0);
        var (_, _, item) = await ReviewScenario.UploadForManualReviewAsync(stack, api, "owner-only.pdf");
        using var agent = await SignedInAsync();

        using var page = await agent.GetAsync($"/items/{item.Id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var image = await agent.GetAsync($"/items/{item.Id}/pages/1.png");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], (await image.Content.ReadAsByteArrayAsync())[..4]);
        using var beyond = await agent.GetAsync($"/items/{item.Id}/pages/9.png");
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_form_post_without_its_antiforgery_token()
    {
        using var api = ReviewScenario.Agent(stack, 0);
        var (_, _, item) = await ReviewScenario.UploadForManualReviewAsync(stack, api);
        using var agent = await SignedInAsync();

        using var forged = await agent.PostAsync($"/items/{item.Id}?handler=Claim", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("open", (await api.GetAsync(item.Id)).Status);

        var token = await TokenAsync(agent, $"/items/{item.Id}");
        using var genuine = await agent.PostAsync($"/items/{item.Id}?handler=Claim",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, genuine.StatusCode);
        Assert.Equal("claimed", (await api.GetAsync(item.Id)).Status);
    }

    [Fact]
    public async Task Refuses_a_wrong_password_at_sign_in()
    {
        using var client = Client(out _);
        var token = await TokenAsync(client, "/login");
        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(
        [
            new("email", StackFixture.Agents[0].Email), new("password", "wrong-password"), new("__RequestVerificationToken", token),
        ]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Unknown e-mail or wrong password", await response.Content.ReadAsStringAsync());
        using var queue = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = Client(out _);
        var token = await TokenAsync(client, "/login");
        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(
        [
            new("email", StackFixture.Agents[0].Email), new("password", StackFixture.Agents[0].Password), new("__RequestVerificationToken", token),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private HttpClient Client(out CookieContainer cookies)
    {
        cookies = new CookieContainer();
        var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = stack.ReviewAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    private static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return AntiforgeryField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
