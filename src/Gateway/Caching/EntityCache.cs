using Gateway.DataLoading;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace Gateway.Caching;

/// <summary>
/// The second-level cache step behind the by-id DataLoaders: memory (L1), then Redis (L2) when configured, then the
/// upstream for the misses only, in one batch. FusionCache gives per-key stampede protection (concurrent misses of
/// one key wait for one fetch), keeps entries past their TTL for fail-safe, and its backplane keeps L1s in sync.
/// </summary>
public sealed class EntityCache(IFusionCache cache, OrganizationCacheScope scope, IOptions<CacheOptions> options)
{
    private readonly CacheOptions _options = options.Value;

    /// <summary>The key of one entity: prefix, tenant, kind, id.</summary>
    public string KeyFor(string organizationId, string kind, string id) => $"{_options.KeyPrefix}:{organizationId}:{kind}:{id}";

    /// <summary>
    /// Fills <paramref name="results"/> for <paramref name="ids"/> from the cache, and from
    /// <paramref name="fetchFromUpstream"/> for the misses (called at most once, with every miss).
    /// </summary>
    public async Task LoadAsync<TKey, T>(
        string kind,
        IReadOnlyList<TKey> ids,
        Func<TKey, string> cacheIdOf,
        BatchResults<TKey, T> results,
        Func<IReadOnlyList<TKey>, BatchResults<TKey, T>, CancellationToken, Task> fetchFromUpstream,
        Func<T, string> durationKindOf,
        StaleEntityCollector stale,
        IEqualityComparer<TKey> keyComparer,
        CancellationToken cancellationToken)
        where TKey : notnull
        where T : class
    {
        var organizationId = await scope.GetAsync(cancellationToken).ConfigureAwait(false);

        // Phase 1: every key asked of the cache at once.
        var lookups = await Task.WhenAll(ids.Select(async id =>
            (Id: id, Entry: await cache.TryGetAsync<CachedEntity<T>>(KeyFor(organizationId, kind, cacheIdOf(id)), null, cancellationToken).ConfigureAwait(false))))
            .ConfigureAwait(false);

        var misses = new List<TKey>();
        foreach (var (id, entry) in lookups)
        {
            if (!entry.HasValue)
            {
                misses.Add(id);
            }
            else if (entry.Value.Value is { } value)
            {
                results.SetValue(id, value);
            }
        }

        if (misses.Count == 0)
        {
            return;
        }

        // Phase 2: one upstream call for all misses, shared by the per-key factories; a key another request filled
        // meanwhile is answered by FusionCache without running its factory.
        var upstream = new Lazy<Task<BatchResults<TKey, T>>>(async () =>
        {
            var fetched = new BatchResults<TKey, T>(keyComparer);
            await fetchFromUpstream(misses, fetched, cancellationToken).ConfigureAwait(false);
            return fetched;
        });

        await Task.WhenAll(misses.Select(id => LoadMissAsync(kind, id, cacheIdOf(id), organizationId, upstream, results, durationKindOf, stale, cancellationToken)))
            .ConfigureAwait(false);
    }

    /// <summary>Writes an entity a list endpoint returned, so a later by-id lookup on any instance costs no call.</summary>
    public async Task PrimeAsync<T>(string kind, string id, T value, Func<T, string> durationKindOf, CancellationToken cancellationToken)
        where T : class
    {
        var organizationId = await scope.GetAsync(cancellationToken).ConfigureAwait(false);
        var entryOptions = cache.CreateEntryOptions(o => o.Duration = _options.DurationOf(durationKindOf(value)));
        await cache.SetAsync(KeyFor(organizationId, kind, id), new CachedEntity<T>(value), entryOptions, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes one entity from L1 and L2 here, and (through the backplane) from every other instance's L1.</summary>
    public async Task EvictAsync(string kind, string id, CancellationToken cancellationToken)
    {
        var organizationId = await scope.GetAsync(cancellationToken).ConfigureAwait(false);
        await cache.RemoveAsync(KeyFor(organizationId, kind, id), null, cancellationToken).ConfigureAwait(false);
    }

    private async Task LoadMissAsync<TKey, T>(
        string kind,
        TKey id,
        string cacheId,
        string organizationId,
        Lazy<Task<BatchResults<TKey, T>>> upstream,
        BatchResults<TKey, T> results,
        Func<T, string> durationKindOf,
        StaleEntityCollector stale,
        CancellationToken cancellationToken)
        where TKey : notnull
        where T : class
    {
        try
        {
            var entry = await cache.GetOrSetAsync<CachedEntity<T>>(
                KeyFor(organizationId, kind, cacheId),
                async (context, _) =>
                {
                    Exception? failure;
                    try
                    {
                        var fetched = await upstream.Value.ConfigureAwait(false);
                        if (!fetched.TryGetError(id, out failure))
                        {
                            var value = fetched.GetValueOrDefault(id);
                            context.Options.Duration = value is null ? _options.NotFoundDuration : _options.DurationOf(durationKindOf(value));
                            return new CachedEntity<T>(value);
                        }
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        failure = ex;
                    }

                    if (context.HasStaleValue && context.StaleValue.Value.Value is not null)
                    {
                        // Fail-safe: the last good value, kept a little longer, and the response says so.
                        stale.Add(kind, cacheId);
                        context.Options.Duration = _options.FailSafeThrottleDuration;
                        return context.StaleValue.Value;
                    }

                    throw failure;
                },
                default,
                null,
                null,
                cancellationToken).ConfigureAwait(false);

            if (entry?.Value is { } found)
            {
                results.SetValue(id, found);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            results.SetError(id, ex);
        }
    }
}
