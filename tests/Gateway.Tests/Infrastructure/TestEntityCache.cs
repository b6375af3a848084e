using Gateway.Caching;
using Gateway.Tests.Infrastructure;
using Gateway.Upstream;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Infrastructure;

/// <summary>
/// The real entity cache (FusionCache, memory only) for loader tests: a fresh, empty one each time, so a test's
/// upstream calls are its own.
/// </summary>
public static class TestEntityCache
{
    /// <summary>Registers the cache and what it needs beside a test's upstream client.</summary>
    public static IServiceCollection AddTestEntityCache(this IServiceCollection services)
    {
        var configuration = new ConfigurationBuilder().Build();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(new UpstreamConnection(new Uri("http://127.0.0.1/"), new Uri("http://127.0.0.1/"), "test-client", "test-secret"));
        services.AddEntityCache(configuration);
        return services;
    }

    /// <summary>A cache context of its own over <paramref name="client"/>, for a loader built by hand.</summary>
    public static EntityCacheContext For(IGenesysCloudClient client)
    {
        var provider = new ServiceCollection()
            .AddSingleton(client)
            .AddTestEntityCache()
            .BuildServiceProvider();
        return provider.CreateScope().ServiceProvider.GetRequiredService<EntityCacheContext>();
    }
}
