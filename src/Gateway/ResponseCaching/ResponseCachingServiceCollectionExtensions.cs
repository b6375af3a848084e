using Gateway.Caching;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Caching.Memory;
using ZiggyCreatures.Caching.Fusion;

namespace Gateway.ResponseCaching;

/// <summary>
/// Registers the response cache: its own FusionCache (memory bounded by <c>ResponseCache:MemoryLimitMegabytes</c>; with
/// Redis configured, Redis for tag removals and the backplane, and for the responses themselves when
/// <c>ResponseCache:UseDistributedCache</c>), the execution step, and the entity cache's change notifications.
/// </summary>
public static class ResponseCachingServiceCollectionExtensions
{
    public static IGraphQLBuilder AddResponseCache(this IGraphQLBuilder graphQL, IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ResponseCacheOptions>().BindConfiguration(ResponseCacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ResponseCacheMetrics>();
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<IEntityChangeObserver>(provider => provider.GetRequiredService<ResponseCache>());

        var options = configuration.GetSection(ResponseCacheOptions.SectionName).Get<ResponseCacheOptions>() ?? new ResponseCacheOptions();
        var fusion = services.AddFusionCache(ResponseCache.CacheName)
            .WithOptions(cache =>
            {
                // Its keys, tag-removal markers included, must not meet the entity cache's in the Redis both use: the same
                // entity-key tags name responses here and entities there.
                cache.CacheKeyPrefix = ResponseCache.CacheName + ":";
                cache.DistributedCacheErrorsLogLevel = LogLevel.Warning;
                cache.BackplaneErrorsLogLevel = LogLevel.Warning;

                // The memory is bounded by size, so every entry needs one; a tag's removal time must outlive the
                // responses it removes, so it is never evicted to make room.
                cache.TagsDefaultEntryOptions.Size = 1;
                cache.TagsDefaultEntryOptions.Priority = CacheItemPriority.NeverRemove;
            })
            .WithDefaultEntryOptions(entry =>
            {
                entry.Size = 1;
                entry.IsFailSafeEnabled = false;
                entry.AllowBackgroundDistributedCacheOperations = true;
                entry.AllowBackgroundBackplaneOperations = true;
                entry.ReThrowDistributedCacheExceptions = false;
                entry.ReThrowBackplaneExceptions = false;
            })
            .WithMemoryCache(new MemoryCache(new MemoryCacheOptions { SizeLimit = options.MemoryLimitMegabytes * 1024L * 1024L }))
            .WithEnvelopeSerializer();
        if (configuration.ReadRedisOptions().IsConfigured)
        {
            fusion.WithRedis();
        }

        return graphQL.ConfigureExecution<ResponseCacheExecution>();
    }
}
