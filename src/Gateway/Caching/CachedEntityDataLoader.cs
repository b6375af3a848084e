using Gateway.DataLoading;

namespace Gateway.Caching;

/// <summary>
/// A by-id loader with the shared cache behind it: per request it batches and de-duplicates ids like any
/// <see cref="BatchDataLoader{TKey,TValue}"/>; per batch it asks the cache for every id at once and the upstream
/// (<see cref="FetchFromUpstreamAsync"/>) only for the misses, in one call.
/// </summary>
public abstract class CachedEntityDataLoader<TValue> : BatchDataLoader<string, TValue>
    where TValue : class
{
    private readonly EntityCacheContext _cache;

    protected CachedEntityDataLoader(EntityCacheContext cache)
        : base(StringComparer.Ordinal)
        => _cache = cache;

    /// <summary>The cache-key segment and TTL entry of this loader's entities (<see cref="EntityKinds"/>).</summary>
    protected abstract string EntityKind { get; }

    /// <summary>The TTL entry for one value; e.g. an ended session lives longer than an active one.</summary>
    protected virtual string DurationKindOf(TValue value) => EntityKind;

    /// <summary>Fetches the ids the cache did not have; same contract as <see cref="BatchDataLoader{TKey,TValue}.FetchAsync"/>.</summary>
    protected abstract Task FetchFromUpstreamAsync(IReadOnlyList<string> ids, BatchResults<string, TValue> results, CancellationToken cancellationToken);

    /// <summary>Primes this request's loader and the shared cache with an entity a list endpoint returned.</summary>
    public async Task PrimeAsync(string id, TValue value, CancellationToken cancellationToken)
    {
        Prime(id, value);
        await _cache.Cache.PrimeAsync(EntityKind, id, value, DurationKindOf, cancellationToken).ConfigureAwait(false);
    }

    protected sealed override Task FetchAsync(IReadOnlyList<string> keys, BatchResults<string, TValue> results, CancellationToken cancellationToken)
        => _cache.Cache.LoadAsync(EntityKind, keys, results, FetchFromUpstreamAsync, DurationKindOf, _cache.Stale, cancellationToken);
}
