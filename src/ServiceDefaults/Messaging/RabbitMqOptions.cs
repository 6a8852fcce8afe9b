namespace ServiceDefaults.Messaging;

/// <summary>Broker settings, bound from the "RabbitMq" configuration section.</summary>
public sealed class RabbitMqOptions
{
    public const string Section = "RabbitMq";

    public string Host { get; set; } = "127.0.0.1";
    public ushort Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";

    /// <summary>
    /// How many times a message may go back to its queue (a consumer that crashed, was killed or gave up)
    /// before the broker dead-letters it. RabbitMQ 3.10 has no limit by default: a message that kills its
    /// worker would kill every replacement forever.
    /// </summary>
    public int DeliveryLimit { get; set; } = 3;
}
