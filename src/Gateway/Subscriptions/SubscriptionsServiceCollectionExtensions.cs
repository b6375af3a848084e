using Gateway.Caching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Subscriptions;

/// <summary>Registers the event bus behind the GraphQL subscriptions: in memory by default, Redis pub/sub and topic leases when Redis is configured.</summary>
public static class SubscriptionsServiceCollectionExtensions
{
    public static IServiceCollection AddGatewaySubscriptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EventBusOptions>().BindConfiguration(EventBusOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TopicFeeds>();
        services.AddSingleton<TopicEventCacheEviction>();
        services.AddSingleton<SubscriptionMetrics>();
        services.AddSingleton<LocalTopicEventDistribution>();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);

        var redis = configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        redis.ConnectionString ??= configuration.GetConnectionString("Redis");
        if (redis.IsConfigured)
        {
            services.AddSingleton<TopicLeaseCoordinator>();
            services.AddHostedService(provider => provider.GetRequiredService<TopicLeaseCoordinator>());
            services.AddSingleton<ITopicEventDistribution, RedisTopicEventDistribution>();
        }
        else
        {
            services.AddSingleton<ITopicEventDistribution>(provider => provider.GetRequiredService<LocalTopicEventDistribution>());
        }

        return services;
    }
}
