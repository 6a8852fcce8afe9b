using System.Collections;
using System.Text;
using MassTransit;

namespace Verification.Worker.DeadLetters;

/// <summary>What the broker wrote on a dead-lettered message: why (x-death reason) and how often it was delivered.</summary>
public sealed record DeathRecord(string Reason, long? DeliveryCount)
{
    public static DeathRecord From(Headers headers)
    {
        var reason = "unknown";
        if (headers.TryGetHeader("x-death", out var death) && death is IEnumerable entries and not string)
        {
            foreach (var entry in entries)
            {
                if (entry is IDictionary<string, object> fields && fields.TryGetValue("reason", out var value))
                {
                    reason = Text(value);
                    break;
                }
            }
        }
        long? deliveries = headers.TryGetHeader("x-delivery-count", out var count) && long.TryParse(Text(count), out var parsed) ? parsed : null;
        return new DeathRecord(reason, deliveries);
    }

    // RabbitMQ's client hands string header values over as UTF-8 bytes.
    private static string Text(object? value) => value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        null => "",
        _ => value.ToString() ?? "",
    };
}
