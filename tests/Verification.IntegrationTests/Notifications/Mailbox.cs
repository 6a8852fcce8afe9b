using System.Net.Http.Json;
using System.Text.Json;

namespace Verification.IntegrationTests.Notifications;

/// <summary>An e-mail as MailDev received it, with the parts these tests look at.</summary>
public sealed record Mail(string Subject, string Text, string Html, string MessageId, string NotificationKey, DateTimeOffset Received);

/// <summary>
/// Reads a MailDev instance (the stack's, or a private one) through its HTTP API, in arrival order,
/// with the HTML part and headers the shared client does not map.
/// </summary>
public sealed class Mailbox(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };

    public async Task<List<Mail>> ForAsync(string address)
    {
        var all = await _http.GetFromJsonAsync<JsonElement>("/email");
        return all.EnumerateArray()
            .Where(mail => mail.GetProperty("to").EnumerateArray()
                .Any(to => string.Equals(to.GetProperty("address").GetString(), address, StringComparison.OrdinalIgnoreCase)))
            .Select(Read)
            .OrderBy(mail => mail.Received)
            .ToList();
    }

    /// <summary>Waits until <paramref name="count"/> e-mails reached the address, then a little longer to catch one too many.</summary>
    public async Task<List<Mail>> WaitForAsync(string address, int count, TimeSpan timeout, TimeSpan? settle = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if ((await ForAsync(address)).Count >= count)
            {
                await Task.Delay(settle ?? TimeSpan.FromSeconds(2));
                return await ForAsync(address);
            }
            await Task.Delay(250);
        }
        var got = await ForAsync(address);
        throw new TimeoutException($"{got.Count} of {count} e-mails reached {address}: {string.Join(" | ", got.Select(m => m.Subject))}");
    }

    private static Mail Read(JsonElement mail)
    {
        var headers = mail.GetProperty("headers");
        string Header(string name) => headers.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
        string Field(string name) => mail.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
        var received = mail.TryGetProperty("time", out var time) && time.ValueKind == JsonValueKind.String
            ? DateTimeOffset.Parse(time.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : DateTimeOffset.MinValue;
        return new Mail(Field("subject"), Field("text"), Field("html"), Header("message-id"), Header("x-notification-key"), received);
    }

    public void Dispose() => _http.Dispose();
}
