using System.Text;
using BenchmarkDotNet.Attributes;
using Gateway.Bench.Workload;
using Gateway.Caching;
using Gateway.ResponseCaching;
using Gateway.Upstream;
using GraphQL;
using GraphQLParser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace Gateway.MicroBench;

/// <summary>
/// A response-cache hit as every warm request pays it before any execution: the key (tenant, caller scope, the parsed
/// document's text hash, operation name, variables, extensions) and the memory look-up, with the check that none of the
/// response's <see cref="Dependencies"/> entries changed since it ran.
/// </summary>
[MemoryDiagnoser]
public class ResponseCacheBenchmarks
{
    private ServiceProvider _services = null!;
    private ResponseCache _cache = null!;
    private ExecutionOptions _execution = null!;

    /// <summary>Entries the response was built from: one session's detail reads about 10, 10 contacts' sessions about 150.</summary>
    [Params(10, 150)]
    public int Dependencies { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var cacheOptions = Options.Create(new CacheOptions());
        var connection = new UpstreamConnection(new Uri("http://127.0.0.1/"), new Uri("http://127.0.0.1/"), "bench-client", "bench-secret");
        var services = new ServiceCollection();
        services.AddFusionCache(ResponseCache.CacheName);
        _services = services.BuildServiceProvider();

        // A configured organization: the scope answers without asking the upstream or the cache.
        var scope = new OrganizationCacheScope(_services, connection, Options.Create(new GenesysOptions { OrganizationId = "bench-organization" }), cacheOptions);
        _cache = new ResponseCache(_services.GetRequiredService<IFusionCacheProvider>(), scope, Options.Create(new ResponseCacheOptions()), cacheOptions, TimeProvider.System);
        _execution = new ExecutionOptions
        {
            Query = BenchQueries.SessionFull,
            Document = Parser.Parse(BenchQueries.SessionFull),
            OperationName = "SessionFull",
            Variables = new Inputs(new Dictionary<string, object?> { ["id"] = "5b3d7c1e-9f0a-4e8b-a2c4-6d1f3e5a7b9c" }),
        };

        var reads = new EntityReadLog();
        reads.TrackDependencies();
        for (var i = 0; i < Dependencies; i++)
        {
            reads.AddRead(EntityKinds.User, $"gw:v1:bench-organization:user:{i}", null, DateTimeOffset.UtcNow.AddMinutes(5));
        }

        var key = await _cache.KeyForAsync(_execution, CancellationToken.None) ?? throw new InvalidOperationException("no key");
        var data = Encoding.UTF8.GetBytes("{\"session\":{\"id\":\"5b3d7c1e-9f0a-4e8b-a2c4-6d1f3e5a7b9c\"}}");
        var stored = await _cache.StoreAsync(key, data, null, reads, DateTimeOffset.UtcNow, CancellationToken.None);
        if (stored != ResponseStoreOutcome.Stored)
        {
            throw new InvalidOperationException($"the response was not kept: {stored}");
        }

        // A change this instance learned of, to an entry the response does not hold: the check walks its entries.
        await _cache.EntityChangedAsync("gw:v1:bench-organization:user:unrelated", EntityChange.EvictedHere, CancellationToken.None);
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public async Task<CachedResponse?> KeyAndLookUpHit()
    {
        var key = await _cache.KeyForAsync(_execution, CancellationToken.None);
        return await _cache.TryGetAsync(key!, CancellationToken.None);
    }
}
