using Gateway.DataLoading;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ZiggyCreatures.Caching.Fusion;

namespace Gateway.Caching;

/// <summary>Registers the entity cache: memory only by default; Redis L2 and backplane when <c>Redis:ConnectionString</c> is set.</summary>
public static class CachingServiceCollectionExtensions
{
    public static IServiceCollection AddEntityCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName).PostConfigure(redis =>
            redis.ConnectionString ??= configuration.GetConnectionString("Redis"));

        services.AddSingleton<OrganizationCacheScope>();
        services.AddSingleton<EntityCache>();
        services.AddMetrics();
        services.AddSingleton<CacheMetrics>();
        services.AddScoped<EntityReadLog>();
        services.AddScoped<EntityCacheContext>();
        services.AddScoped<DataLoaderDispatcher>();

        var cacheOptions = configuration.GetSection(CacheOptions.SectionName).Get<CacheOptions>() ?? new CacheOptions();
        var fusion = services.AddFusionCache()
            .WithOptions(options =>
            {
                options.DistributedCacheCircuitBreakerDuration = cacheOptions.DistributedCacheCircuitBreakerDuration;
                options.BackplaneCircuitBreakerDuration = cacheOptions.DistributedCacheCircuitBreakerDuration;
                // Redis trouble is expected and handled (degraded, not down): keep it out of the error log.
                options.DistributedCacheErrorsLogLevel = LogLevel.Warning;
                options.BackplaneErrorsLogLevel = LogLevel.Warning;
                options.FailSafeActivationLogLevel = LogLevel.Information;
                options.FactoryErrorsLogLevel = LogLevel.Information;
            })
            .WithDefaultEntryOptions(entry =>
            {
                entry.Duration = cacheOptions.DurationOf("Default");
                entry.IsFailSafeEnabled = true;
                entry.FailSafeMaxDuration = cacheOptions.FailSafeMaxDuration;
                entry.FailSafeThrottleDuration = cacheOptions.FailSafeThrottleDuration;
                entry.DistributedCacheSoftTimeout = cacheOptions.DistributedCacheSoftTimeout;
                entry.DistributedCacheHardTimeout = cacheOptions.DistributedCacheHardTimeout;
                entry.AllowBackgroundDistributedCacheOperations = true;
                entry.AllowBackgroundBackplaneOperations = true;
                entry.ReThrowDistributedCacheExceptions = false;
                entry.ReThrowBackplaneExceptions = false;
            })
            .WithEnvelopeSerializer()
            .WithPostSetup((provider, cache) => provider.GetRequiredService<CacheMetrics>().Observe(cache));

        if (configuration.ReadRedisOptions().IsConfigured)
        {
            services.AddSingleton<RedisConnection>();
            fusion.WithRedis();
            services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", failureStatus: HealthStatus.Degraded, tags: ["cache"]);
        }

        return services;
    }
}
