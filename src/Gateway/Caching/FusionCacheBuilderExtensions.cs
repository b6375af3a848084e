using System.Text.Json;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace Gateway.Caching;

/// <summary>What the gateway's FusionCaches (entities, responses) share: the Redis in use and how entries are written to it.</summary>
public static class FusionCacheBuilderExtensions
{
    /// <summary>The <c>Redis</c> section in effect, <c>ConnectionStrings:Redis</c> standing in for its connection string.</summary>
    public static RedisOptions ReadRedisOptions(this IConfiguration configuration)
    {
        var redis = configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        redis.ConnectionString ??= configuration.GetConnectionString("Redis");
        return redis;
    }

    /// <summary>
    /// FusionCache's envelope around an entry written to Redis. It holds value tuples, which System.Text.Json writes only
    /// with <see cref="JsonSerializerOptions.IncludeFields"/>.
    /// </summary>
    public static IFusionCacheBuilder WithEnvelopeSerializer(this IFusionCacheBuilder fusion)
        => fusion.WithSerializer(new FusionCacheSystemTextJsonSerializer(new JsonSerializerOptions { IncludeFields = true }));

    /// <summary>Redis as the second level and the backplane, over the one shared <see cref="RedisConnection"/>.</summary>
    public static IFusionCacheBuilder WithRedis(this IFusionCacheBuilder fusion)
        => fusion
            .WithDistributedCache(provider => new RedisCache(Options.Create(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = provider.GetRequiredService<RedisConnection>().GetAsync,
            })))
            .WithBackplane(provider => new RedisBackplane(
                Options.Create(new RedisBackplaneOptions { ConnectionMultiplexerFactory = provider.GetRequiredService<RedisConnection>().GetAsync }),
                provider.GetRequiredService<ILogger<RedisBackplane>>()));
}
