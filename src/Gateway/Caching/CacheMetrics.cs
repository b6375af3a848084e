using System.Diagnostics.Metrics;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Events;

namespace Gateway.Caching;

/// <summary>
/// Cache hits and misses per level (memory, distributed) and entity kind, and the upstream fetches they saved,
/// on the <c>Gateway.Cache</c> meter; also kept as totals for the benchmark and tests.
/// </summary>
public sealed class CacheMetrics : IDisposable
{
    public const string MeterName = "Gateway.Cache";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private long _memoryHits;
    private long _distributedHits;
    private long _memoryMisses;
    private long _distributedMisses;

    public CacheMetrics()
    {
        _hits = _meter.CreateCounter<long>("gateway.cache.hits", description: "Cache hits, by level and entity kind; each is an upstream fetch saved.");
        _misses = _meter.CreateCounter<long>("gateway.cache.misses", description: "Cache misses, by level and entity kind.");
    }

    public long MemoryHits => Interlocked.Read(ref _memoryHits);

    public long DistributedHits => Interlocked.Read(ref _distributedHits);

    public long MemoryMisses => Interlocked.Read(ref _memoryMisses);

    public long DistributedMisses => Interlocked.Read(ref _distributedMisses);

    /// <summary>Upstream entity fetches the cache saved: every hit, at either level.</summary>
    public long UpstreamFetchesSaved => MemoryHits + DistributedHits;

    internal void Observe(IFusionCache cache)
    {
        cache.Events.Memory.Hit += (_, e) => Record(_hits, ref _memoryHits, "memory", e);
        cache.Events.Memory.Miss += (_, e) => Record(_misses, ref _memoryMisses, "memory", e);
        cache.Events.Distributed.Hit += (_, e) => Record(_hits, ref _distributedHits, "distributed", e);
        cache.Events.Distributed.Miss += (_, e) => Record(_misses, ref _distributedMisses, "distributed", e);
    }

    public void Dispose() => _meter.Dispose();

    private static void Record(Counter<long> counter, ref long total, string level, FusionCacheEntryEventArgs e)
    {
        Interlocked.Increment(ref total);
        counter.Add(1, new KeyValuePair<string, object?>("level", level), new KeyValuePair<string, object?>("kind", KindOf(e.Key)));
    }

    // Keys are prefix:tenant:kind:id; the prefix may itself hold colons, so count from the end.
    private static string KindOf(string key)
    {
        var parts = key.Split(':');
        return parts.Length >= 2 ? parts[^2] : "unknown";
    }
}
