using System.Security.Cryptography;
using System.Text;

namespace Notification.Worker.Email;

/// <summary>
/// A Message-ID derived from the idempotency key: the same notification always carries the same
/// id, so if an operator ever resends an in-doubt one, relays and mail clients that dedupe on
/// Message-ID still show the student a single e-mail, and the relay's logs can be searched for it.
/// </summary>
public static class MessageIds
{
    public static string For(string idempotencyKey, string fromAddress)
    {
        var at = fromAddress.LastIndexOf('@');
        var domain = at >= 0 && at < fromAddress.Length - 1 ? fromAddress[(at + 1)..] : "localhost";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32];
        return $"<{hash}.notification@{domain}>";
    }
}
