using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Verification.IntegrationTests.Infrastructure;

public sealed record MailAddressDto([property: JsonPropertyName("address")] string Address);

public sealed record ReceivedEmail(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("to")] List<MailAddressDto> To,
    [property: JsonPropertyName("headers")] Dictionary<string, object>? Headers);

/// <summary>Reads what actually reached the SMTP server, through MailDev's HTTP API.</summary>
public sealed class MailDevClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };

    public async Task<List<ReceivedEmail>> ForAsync(string address)
    {
        var all = await _http.GetFromJsonAsync<List<ReceivedEmail>>("/email") ?? [];
        return all.Where(mail => mail.To.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>
    /// Waits for the first e-mail to an address, then a little longer, so that a duplicate sent
    /// just after the first one is caught too.
    /// </summary>
    public async Task<List<ReceivedEmail>> WaitForAsync(string address, TimeSpan? timeout = null, TimeSpan? settle = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if ((await ForAsync(address)).Count > 0)
            {
                await Task.Delay(settle ?? TimeSpan.FromSeconds(2));
                return await ForAsync(address);
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"No e-mail reached {address}.");
    }

    public void Dispose() => _http.Dispose();
}
