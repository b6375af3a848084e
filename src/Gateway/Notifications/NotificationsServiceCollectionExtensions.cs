using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.Notifications;

/// <summary>Registers the client of the upstream Notifications API.</summary>
public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IUpstreamTopicSubscriptions"/> (a singleton, stopped with the host) with its options bound to
    /// <c>Genesys:Notifications</c> (validated at start), <see cref="NotificationsMetrics"/> (meter
    /// <c>Gateway.Notifications</c>) and the socket connector. Channel calls go through <c>IGenesysCloudClient</c>, so
    /// <c>AddGenesysCloudClient</c> must be called too. A <see cref="TimeProvider"/> registered by the host drives the
    /// timers (heartbeat watchdog, backoff, renewal, grace periods); otherwise the system clock.
    /// </summary>
    public static IServiceCollection AddUpstreamNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<NotificationsOptions>()
            .Bind(configuration.GetSection(NotificationsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotificationsOptions>, NotificationsOptionsValidator>());

        services.AddMetrics();
        services.TryAddSingleton<NotificationsMetrics>();
        services.TryAddSingleton<INotificationSocketConnector, ClientWebSocketConnector>();
        services.TryAddSingleton(static provider => new UpstreamTopicSubscriptions(
            provider,
            provider.GetRequiredService<INotificationSocketConnector>(),
            provider.GetRequiredService<IOptions<NotificationsOptions>>(),
            provider.GetRequiredService<NotificationsMetrics>(),
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            provider.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton<IUpstreamTopicSubscriptions>(static provider => provider.GetRequiredService<UpstreamTopicSubscriptions>());

        // Stopped with the host, before the container goes: sockets closed while the loggers and clients still work.
        services.AddHostedService(static provider => provider.GetRequiredService<UpstreamTopicSubscriptions>());
        return services;
    }
}
