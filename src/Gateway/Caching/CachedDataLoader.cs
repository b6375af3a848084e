using System.Diagnostics;
using Gateway.DataLoading;
using Gateway.Telemetry;

namespace Gateway.Caching;

/// <summary>
/// A loader with the shared cache behind it: per request it batches and de-duplicates keys like any
/// <see cref="BatchDataLoader{TKey,TValue}"/>; per batch it asks the cache for every key at once and the upstream
/// (<see cref="FetchFromUpstreamAsync"/>) only for the misses, in one call.
/// </summary>
public abstract class CachedDataLoader<TKey, TValue> : BatchDataLoader<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    private readonly EntityCacheContext _cache;

    protected CachedDataLoader(EntityCacheContext cache, IEqualityComparer<TKey>? keyComparer = null)
        : base(keyComparer, cache.Dispatcher)
        => _cache = cache;

    /// <summary>The cache-key segment and TTL entry of this loader's values (<see cref="EntityKinds"/>).</summary>
    protected abstract string EntityKind { get; }

    /// <summary>The last segment of a key's cache key: unique per key within <see cref="EntityKind"/>.</summary>
    protected abstract string CacheIdOf(TKey key);

    /// <summary>The TTL entry for one value; e.g. an ended session lives longer than an active one.</summary>
    protected virtual string DurationKindOf(TValue value) => EntityKind;

    /// <summary>A tag the key's entry carries, so a group of entries can be evicted together (a contact's pages); none by default.</summary>
    protected virtual string? TagOf(TKey key) => null;

    /// <summary>Fetches the keys the cache did not have; same contract as <see cref="BatchDataLoader{TKey,TValue}.FetchAsync"/>.</summary>
    protected abstract Task FetchFromUpstreamAsync(IReadOnlyList<TKey> keys, BatchResults<TKey, TValue> results, CancellationToken cancellationToken);

    /// <summary>Primes this request's loader and the shared cache with a value another call returned.</summary>
    public async Task PrimeAsync(TKey key, TValue value, CancellationToken cancellationToken)
    {
        Prime(key, value);
        await _cache.Cache.PrimeAsync(EntityKind, CacheIdOf(key), value, DurationKindOf, cancellationToken).ConfigureAwait(false);
    }

    protected sealed override Task FetchAsync(IReadOnlyList<TKey> keys, BatchResults<TKey, TValue> results, CancellationToken cancellationToken)
        => _cache.Cache.LoadAsync(EntityKind, keys, CacheIdOf, results, FetchMissesAsync, DurationKindOf, _cache.Reads, KeyComparer, TagOf, cancellationToken);

    private Task FetchMissesAsync(IReadOnlyList<TKey> keys, BatchResults<TKey, TValue> results, CancellationToken cancellationToken)
    {
        // The batch's span (BatchDataLoader) says how many of its keys the cache could not answer.
        Activity.Current?.SetTag(GatewayActivitySource.CacheMissesTag, keys.Count);
        return FetchFromUpstreamAsync(keys, results, cancellationToken);
    }
}
