using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Gateway.DataLoading;
using Gateway.Upstream;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace Gateway.Caching;

/// <summary>
/// The second-level cache step behind the by-id DataLoaders: memory (L1), then Redis (L2) when configured, then the
/// upstream for the misses only, in one batch. FusionCache gives per-key stampede protection (concurrent misses of
/// one key wait for one fetch), keeps entries past their TTL for fail-safe, and its backplane keeps L1s in sync.
/// A hit late in an entry's life (<see cref="CacheOptions.RefreshAheadRatio"/>) renews it in the background.
/// </summary>
public sealed class EntityCache(
    IFusionCache cache,
    OrganizationCacheScope scope,
    IOptions<CacheOptions> options,
    TimeProvider? time = null,
    IEnumerable<IEntityChangeObserver>? observers = null)
{
    private readonly IEntityChangeObserver[] _observers = observers?.ToArray() ?? [];
    private readonly CacheOptions _options = options.Value;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    // The keys a batch of this process is fetching from the upstream now, and that fetch: a batch that misses one of
    // them waits for it instead of asking the upstream again (FusionCache's per-key lock does not stop a second batch's
    // call from including it).
    private readonly ConcurrentDictionary<string, Task> _inFlight = new(StringComparer.Ordinal);

    // Evictions that follow an upstream event must be done before the event is passed on, never in the background.
    private readonly FusionCacheEntryOptions _evictEverywhere = cache.CreateEntryOptions(entry =>
    {
        entry.AllowBackgroundDistributedCacheOperations = false;
        entry.AllowBackgroundBackplaneOperations = false;
    });

    private readonly FusionCacheEntryOptions _evictLocally = cache.CreateEntryOptions(entry =>
    {
        entry.SkipDistributedCacheRead = true;
        entry.SkipDistributedCacheWrite = true;
        entry.SkipBackplaneNotifications = true;
    });

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
        EntityReadLog reads,
        IEqualityComparer<TKey> keyComparer,
        Func<TKey, string?> tagOf,
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
        List<TKey>? due = null;
        var now = _time.GetUtcNow();
        foreach (var (id, entry) in lookups)
        {
            if (!entry.HasValue || (entry.Value.IsStale(now) && !CanServeStale(entry.Value, now)))
            {
                misses.Add(id);
                continue;
            }

            if (entry.Value.IsStale(now))
            {
                // Another request's fail-safe kept this value a little longer: this answer is stale too.
                reads.AddStale(kind, cacheIdOf(id));
            }
            else
            {
                if (reads.IsTrackingDependencies)
                {
                    RecordRead(reads, organizationId, kind, cacheIdOf(id), tagOf(id), entry.Value.FreshUntil);
                }

                if (IsDueForRenewal(entry.Value, now))
                {
                    (due ??= []).Add(id);
                }
            }

            if (entry.Value.Value is { } value)
            {
                results.SetValue(id, value);
            }
        }

        if (due is not null)
        {
            RefreshAhead(kind, due, cacheIdOf, tagOf, organizationId, fetchFromUpstream, durationKindOf, keyComparer);
        }

        if (misses.Count == 0)
        {
            return;
        }

        // Phase 2: the misses no other batch of this process is fetching now are this batch's own, fetched in one
        // upstream call; those another batch is fetching are awaited, then read from the cache it filled.
        var fetching = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var owned = new List<(TKey Id, string Key)>(misses.Count);
        var othersFetches = new List<(TKey Id, Task Fetch)>();
        foreach (var id in misses)
        {
            var key = KeyFor(organizationId, kind, cacheIdOf(id));
            var inFlight = _inFlight.GetOrAdd(key, fetching.Task);
            if (ReferenceEquals(inFlight, fetching.Task))
            {
                owned.Add((id, key));
            }
            else
            {
                othersFetches.Add((id, inFlight));
            }
        }

        // The owned keys are released as soon as their own fetch ends, never after this batch's waits: a batch that
        // waits for this one must not wait for what this one waits for.
        async Task LoadOwnedAsync()
        {
            try
            {
                await LoadMissesAsync(kind, owned.ConvertAll(miss => miss.Id), cacheIdOf, tagOf, organizationId, results, fetchFromUpstream, durationKindOf, reads, keyComparer, cancellationToken)
                    .ConfigureAwait(false);
            }
            finally
            {
                foreach (var (_, key) in owned)
                {
                    _inFlight.TryRemove(new KeyValuePair<string, Task>(key, fetching.Task));
                }

                fetching.TrySetResult();
            }
        }

        // Then the keys another batch fetched go round again: found in the cache it filled, or (it failed) owned here.
        async Task LoadAfterOthersAsync()
        {
            if (othersFetches.Count > 0)
            {
                await Task.WhenAll(othersFetches.Select(miss => miss.Fetch)).WaitAsync(cancellationToken).ConfigureAwait(false);
                await LoadAsync(kind, othersFetches.ConvertAll(miss => miss.Id), cacheIdOf, results, fetchFromUpstream, durationKindOf, reads, keyComparer, tagOf, cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        await Task.WhenAll(LoadOwnedAsync(), LoadAfterOthersAsync()).ConfigureAwait(false);
    }

    // One upstream call for all of ids, shared by the per-key factories; a key another instance filled meanwhile is
    // answered by FusionCache without running its factory.
    private Task LoadMissesAsync<TKey, T>(
        string kind,
        List<TKey> ids,
        Func<TKey, string> cacheIdOf,
        Func<TKey, string?> tagOf,
        string organizationId,
        BatchResults<TKey, T> results,
        Func<IReadOnlyList<TKey>, BatchResults<TKey, T>, CancellationToken, Task> fetchFromUpstream,
        Func<T, string> durationKindOf,
        EntityReadLog reads,
        IEqualityComparer<TKey> keyComparer,
        CancellationToken cancellationToken)
        where TKey : notnull
        where T : class
    {
        if (ids.Count == 0)
        {
            return Task.CompletedTask;
        }

        var upstream = new Lazy<Task<BatchResults<TKey, T>>>(async () =>
        {
            var fetched = new BatchResults<TKey, T>(keyComparer);
            await fetchFromUpstream(ids, fetched, cancellationToken).ConfigureAwait(false);
            return fetched;
        });

        return Task.WhenAll(ids.Select(id => LoadMissAsync(
            kind, id, cacheIdOf(id), TagsOf(organizationId, kind, tagOf(id)), organizationId, upstream, results, durationKindOf, reads, cancellationToken)));
    }

    // Refresh-ahead: a fresh entry past RefreshAheadRatio of its time to live.
    private bool IsDueForRenewal<T>(CachedEntity<T> entry, DateTimeOffset now)
        where T : class
        => _options.RenewalDueAt(entry.FetchedAt, entry.FreshUntil) is { } due && now >= due;

    // Not awaited: the callers already have fresh values. Keys another batch is fetching are left to it; the rest are
    // fetched in one call, written like any fetch, and their change announced: a cached response holding the old value
    // goes when the entity cache stops serving it, not before (it was fresh until then) and not after.
    private void RefreshAhead<TKey, T>(
        string kind,
        List<TKey> due,
        Func<TKey, string> cacheIdOf,
        Func<TKey, string?> tagOf,
        string organizationId,
        Func<IReadOnlyList<TKey>, BatchResults<TKey, T>, CancellationToken, Task> fetchFromUpstream,
        Func<T, string> durationKindOf,
        IEqualityComparer<TKey> keyComparer)
        where TKey : notnull
        where T : class
    {
        var refreshing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var owned = new List<(TKey Id, string Key)>(due.Count);
        foreach (var id in due)
        {
            var key = KeyFor(organizationId, kind, cacheIdOf(id));
            if (_inFlight.TryAdd(key, refreshing.Task))
            {
                owned.Add((id, key));
            }
        }

        if (owned.Count > 0)
        {
            _ = RefreshAheadAsync(kind, owned, tagOf, organizationId, fetchFromUpstream, durationKindOf, keyComparer, refreshing);
        }
    }

    private async Task RefreshAheadAsync<TKey, T>(
        string kind,
        List<(TKey Id, string Key)> owned,
        Func<TKey, string?> tagOf,
        string organizationId,
        Func<IReadOnlyList<TKey>, BatchResults<TKey, T>, CancellationToken, Task> fetchFromUpstream,
        Func<T, string> durationKindOf,
        IEqualityComparer<TKey> keyComparer,
        TaskCompletionSource refreshing)
        where TKey : notnull
        where T : class
    {
        // The request that noticed may be over: its span is not this fetch's parent.
        Activity.Current = null;
        try
        {
            var fetched = new BatchResults<TKey, T>(keyComparer);
            await fetchFromUpstream(owned.ConvertAll(o => o.Id), fetched, CancellationToken.None).ConfigureAwait(false);
            foreach (var (id, key) in owned)
            {
                // A failed renewal changes nothing: the entry lives out its time, then the miss path (and fail-safe) takes over.
                if (fetched.TryGetError(id, out _))
                {
                    continue;
                }

                var value = fetched.GetValueOrDefault(id);
                await ReplaceAsync(key, value, DurationOf(value, durationKindOf), TagsOf(organizationId, kind, tagOf(id)), CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception)
        {
            // As a failed renewal above: nobody waits for this fetch, and the entries stay as they were.
        }
        finally
        {
            foreach (var (_, key) in owned)
            {
                _inFlight.TryRemove(new KeyValuePair<string, Task>(key, refreshing.Task));
            }

            refreshing.TrySetResult();
        }
    }

    /// <summary>Writes an entity a list endpoint returned, so a later by-id lookup on any instance costs no call.</summary>
    public async Task PrimeAsync<T>(string kind, string id, T value, Func<T, string> durationKindOf, CancellationToken cancellationToken)
        where T : class
    {
        var organizationId = await scope.GetAsync(cancellationToken).ConfigureAwait(false);
        await ReplaceAsync(KeyFor(organizationId, kind, id), value, DurationOf(value, durationKindOf), tags: null, cancellationToken).ConfigureAwait(false);
    }

    // Writes a value fetched outside a miss (a listing's, a renewal's). It may differ from the one a cached response
    // holds: that response must go, as the entry did.
    private async Task ReplaceAsync<T>(string key, T? value, TimeSpan duration, string[]? tags, CancellationToken cancellationToken)
        where T : class
    {
        await cache.SetAsync(key, Fresh(value, duration), cache.CreateEntryOptions(o => o.Duration = duration), tags, cancellationToken).ConfigureAwait(false);
        await NotifyAsync(key, EntityChange.Replaced, cancellationToken).ConfigureAwait(false);
    }

    // The time to live of a fetched value: its kind's, or the negative cache's for an id the upstream did not know.
    private TimeSpan DurationOf<T>(T? value, Func<T, string> durationKindOf)
        where T : class
        => value is null ? _options.NotFoundDuration : _options.DurationOf(durationKindOf(value));

    // An entry's group tag, as FusionCache takes tags; none for an entry of no group.
    private string[]? TagsOf(string organizationId, string kind, string? tag) => tag is null ? null : [TagFor(organizationId, kind, tag)];

    // A read of an entry the answer depends on: its key and, for an entry of a group, the group's tag.
    private void RecordRead(EntityReadLog reads, string organizationId, string kind, string cacheId, string? tag, DateTimeOffset freshUntil)
        => reads.AddRead(kind, KeyFor(organizationId, kind, cacheId), tag is null ? null : TagFor(organizationId, kind, tag), freshUntil);

    private async Task NotifyAsync(string dependency, EntityChange change, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            await observer.EntityChangedAsync(dependency, change, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A value fresh now, for <paramref name="duration"/>.</summary>
    private CachedEntity<T> Fresh<T>(T? value, TimeSpan duration)
        where T : class
    {
        var now = _time.GetUtcNow();
        return new CachedEntity<T>(value, now, now + duration);
    }

    // Only a value (never a remembered 404), and no longer than FailSafeMaxDuration past its freshness.
    private bool CanServeStale<T>(CachedEntity<T> entry, DateTimeOffset now)
        where T : class
        => entry.Value is not null && now <= entry.FreshUntil + _options.FailSafeMaxDuration;

    // Failures that pass: rate limiting, timeouts, the upstream's own faults. Not a refusal (401, 403) or a bad request.
    private static bool IsTransient(Exception? failure) => failure is GenesysApiException
    {
        StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError,
    };

    /// <summary>
    /// Removes one entity from L1 and L2 here, and (through the backplane) from every other instance's L1. L2 and the
    /// backplane are done before this returns, so whatever happens after it (an event telling other instances) finds
    /// the entry gone from Redis.
    /// </summary>
    public async Task EvictAsync(string kind, string id, CancellationToken cancellationToken)
    {
        var organizationId = await scope.GetAsync(cancellationToken).ConfigureAwait(false);
        var key = KeyFor(organizationId, kind, id);
        await cache.RemoveAsync(key, _evictEverywhere, cancellationToken).ConfigureAwait(false);
        await NotifyAsync(key, EntityChange.Evicted, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Removes one entity from this instance's memory only: what an instance does when another one has told it, with an
    /// event, that the entity changed (that one already removed it from Redis).
    /// </summary>
    public async Task EvictLocallyAsync(string kind, string id, CancellationToken cancellationToken)
    {
        var organizationId = await scope.GetAsync(cancellationToken).ConfigureAwait(false);
        var key = KeyFor(organizationId, kind, id);
        await cache.RemoveAsync(key, _evictLocally, cancellationToken).ConfigureAwait(false);
        await NotifyAsync(key, EntityChange.EvictedHere, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes every entry tagged with <paramref name="tag"/> (see <see cref="TagFor"/>), on every instance.</summary>
    public async Task EvictTaggedAsync(string kind, string tag, CancellationToken cancellationToken)
    {
        var organizationId = await scope.GetAsync(cancellationToken).ConfigureAwait(false);
        var tagged = TagFor(organizationId, kind, tag);
        await cache.RemoveByTagAsync(tagged, _evictEverywhere, cancellationToken).ConfigureAwait(false);
        await NotifyAsync(tagged, EntityChange.Evicted, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The tag of a group of entries of one kind (a contact's session pages), per tenant.</summary>
    public string TagFor(string organizationId, string kind, string tag) => $"{_options.KeyPrefix}:{organizationId}:{kind}:tag:{tag}";

    private async Task LoadMissAsync<TKey, T>(
        string kind,
        TKey id,
        string cacheId,
        string[]? tags,
        string organizationId,
        Lazy<Task<BatchResults<TKey, T>>> upstream,
        BatchResults<TKey, T> results,
        Func<T, string> durationKindOf,
        EntityReadLog reads,
        CancellationToken cancellationToken)
        where TKey : notnull
        where T : class
    {
        Exception? failure = null;
        try
        {
            var entry = await cache.GetOrSetAsync<CachedEntity<T>>(
                KeyFor(organizationId, kind, cacheId),
                async (context, _) =>
                {
                    try
                    {
                        var fetched = await upstream.Value.ConfigureAwait(false);
                        if (!fetched.TryGetError(id, out failure))
                        {
                            var value = fetched.GetValueOrDefault(id);
                            var duration = DurationOf(value, durationKindOf);
                            context.Options.Duration = duration;
                            return Fresh(value, duration);
                        }
                    }
                    catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                    {
                        failure = ex;
                    }

                    if (IsTransient(failure) && context.HasStaleValue && CanServeStale(context.StaleValue.Value, _time.GetUtcNow()))
                    {
                        // Fail-safe: the last good value as it was (its times unchanged, so every reader sees it is
                        // stale), kept a little longer before the upstream is tried again.
                        context.Options.Duration = _options.FailSafeThrottleDuration;
                        return context.StaleValue.Value;
                    }

                    throw failure;
                },
                default,
                null,
                tags,
                cancellationToken).ConfigureAwait(false);

            var now = _time.GetUtcNow();
            if (entry is null)
            {
                return;
            }

            if (!entry.IsStale(now))
            {
                if (reads.IsTrackingDependencies)
                {
                    reads.AddRead(kind, KeyFor(organizationId, kind, cacheId), tags?[0], entry.FreshUntil);
                }

                if (entry.Value is { } found)
                {
                    results.SetValue(id, found);
                }

                return;
            }

            // A stale entry: ours, or FusionCache's own fail-safe after our factory threw. Serve it only for a
            // passing upstream failure and within FailSafeMaxDuration; never for a refusal such as 401 or 403.
            if (entry.Value is { } staleValue && CanServeStale(entry, now) && (failure is null || IsTransient(failure)))
            {
                results.SetValue(id, staleValue);
                reads.AddStale(kind, cacheId);
            }
            else if (failure is not null)
            {
                results.SetError(id, failure);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            results.SetError(id, ex);
        }
    }
}
