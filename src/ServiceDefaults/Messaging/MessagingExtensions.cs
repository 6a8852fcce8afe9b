using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceDefaults.Persistence;

namespace ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ with kebab-case endpoints on quorum queues, plus the outbox relay:
    /// every service that changes state publishes through the outbox, never straight to the bus.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? configureConsumers = null)
    {
        var options = builder.Configuration.GetSection(RabbitMqOptions.Section).Get<RabbitMqOptions>() ?? new RabbitMqOptions();
        builder.Services.Configure<RabbitMqOptions>(builder.Configuration.GetSection(RabbitMqOptions.Section));

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            configureConsumers?.Invoke(bus);

            // Quorum queues survive a broker node loss; classic queues do not. The delivery limit and the
            // dead-letter queue stop a message that kills its consumer from looping forever.
            bus.AddConfigureEndpointsCallback((_, queueName, endpoint) =>
            {
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    DeadLetterTopology.Apply(rabbit, queueName, options.DeliveryLimit);
                }
            });

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(options.Host, options.Port, options.VirtualHost, host =>
                {
                    host.Username(options.Username);
                    host.Password(options.Password);
                    host.PublisherConfirmation = true;
                });
                rabbit.ConfigureEndpoints(context);
            });
        });

        builder.Services.AddHostedService<OutboxRelay>();
        builder.Services.AddSingleton<ConsumedQueues>();
        builder.Services.AddReceiveEndpointObserver(provider => provider.GetRequiredService<ConsumedQueues>());
        builder.Services.AddHostedService<QueueMetrics>();
        return builder;
    }
}
