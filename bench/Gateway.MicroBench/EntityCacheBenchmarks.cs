using BenchmarkDotNet.Attributes;
using Gateway.Caching;
using Gateway.DataLoading;
using Gateway.Upstream;
using GenesysCloud.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace Gateway.MicroBench;

/// <summary>
/// <see cref="EntityCache.LoadAsync"/> for one batch of <see cref="Keys"/> users, every one a hit in a memory-only
/// FusionCache (the warm path of every by-id DataLoader); the upstream fetch is never called.
/// </summary>
[MemoryDiagnoser]
public class EntityCacheBenchmarks
{
    private FusionCache _fusion = null!;
    private EntityCache _cache = null!;
    private string[] _ids = [];

    [Params(10, 100)]
    public int Keys { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var cacheOptions = Options.Create(new CacheOptions());
        var connection = new UpstreamConnection(new Uri("http://127.0.0.1/"), new Uri("http://127.0.0.1/"), "bench-client", "bench-secret");
        // A configured organization: the scope answers without asking the upstream or the cache.
        var scope = new OrganizationCacheScope(
            new ServiceCollection().BuildServiceProvider(), connection, Options.Create(new GenesysOptions { OrganizationId = "bench-organization" }), cacheOptions);
        _fusion = new FusionCache(new FusionCacheOptions());
        _cache = new EntityCache(_fusion, scope, cacheOptions);
        _ids = [.. Enumerable.Range(0, Keys).Select(_ => Guid.NewGuid().ToString())];

        await LoadAsync(static (keys, results, _) =>
        {
            foreach (var key in keys)
            {
                results.SetValue(key, new User { Id = key, Name = $"Agent {key[..8]}", Email = $"{key[..8]}@example.com" });
            }

            return Task.CompletedTask;
        });
    }

    [GlobalCleanup]
    public void Cleanup() => _fusion.Dispose();

    [Benchmark]
    public Task<BatchResults<string, User>> LoadBatchAllHits()
        => LoadAsync(static (_, _, _) => throw new InvalidOperationException("a warm batch must not reach the upstream"));

    private async Task<BatchResults<string, User>> LoadAsync(Func<IReadOnlyList<string>, BatchResults<string, User>, CancellationToken, Task> fetch)
    {
        var results = new BatchResults<string, User>(StringComparer.OrdinalIgnoreCase);
        await _cache.LoadAsync(
            EntityKinds.User, _ids, static id => id, results, fetch, static _ => EntityKinds.User, new EntityReadLog(),
            StringComparer.OrdinalIgnoreCase, static _ => null, CancellationToken.None);
        return results;
    }
}
