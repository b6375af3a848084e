using System.Diagnostics.Metrics;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Events;

namespace Gateway.Caching;

/// <summary>
/// Cache hits and misses per level (memory, distributed) and entity kind on the <c>Gateway.Cache</c> meter; every
/// hit is an upstream fetch saved.
/// </summary>
public sealed class CacheMetrics
{
    public const string MeterName = "Gateway.Cache";

    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;

    public CacheMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _hits = meter.CreateCounter<long>("gateway.cache.hits", description: "Cache hits, by level and entity kind; each is an upstream fetch saved.");
        _misses = meter.CreateCounter<long>("gateway.cache.misses", description: "Cache misses, by level and entity kind.");
    }

    internal void Observe(IFusionCache cache)
    {
        cache.Events.Memory.Hit += (_, e) => Record(_hits, "memory", e);
        cache.Events.Memory.Miss += (_, e) => Record(_misses, "memory", e);
        cache.Events.Distributed.Hit += (_, e) => Record(_hits, "distributed", e);
        cache.Events.Distributed.Miss += (_, e) => Record(_misses, "distributed", e);
    }

    private static void Record(Counter<long> counter, string level, FusionCacheEntryEventArgs e)
        => counter.Add(1, new KeyValuePair<string, object?>("level", level), new KeyValuePair<string, object?>("kind", KindOf(e.Key)));

    // Keys are prefix:tenant:kind:id; the prefix may itself hold colons, so count from the end.
    private static string KindOf(string key)
    {
        var parts = key.Split(':');
        return parts.Length >= 2 ? parts[^2] : "unknown";
    }
}
