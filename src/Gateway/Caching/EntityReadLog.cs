using System.Collections.Concurrent;

namespace Gateway.Caching;

/// <summary>
/// Per request: what its answer was built from in the entity cache. The entities served past their TTL because the
/// upstream failed (fail-safe, always recorded), and, once <see cref="TrackDependencies"/> asked for it, every entry
/// read (its key and its group tag), with the kinds and the earliest time one of them stops being fresh: what a
/// response cache needs to keep the whole answer no longer, and to drop it with any of them.
/// </summary>
public sealed class EntityReadLog
{
    // Made on the first stale read: most requests have none, and a response-cache hit reads nothing at all.
    private ConcurrentDictionary<(string Kind, string Id), byte>? _stale;
    private readonly Lock _gate = new();
    private HashSet<string>? _dependencies;
    private HashSet<string>? _kinds;
    private DateTimeOffset _freshUntil = DateTimeOffset.MaxValue;

    public bool HasStale => _stale is { IsEmpty: false };

    /// <summary>True once <see cref="TrackDependencies"/> was called: the cache then reports every entry it serves.</summary>
    public bool IsTrackingDependencies { get; private set; }

    /// <summary>The entries read (cache keys and group tags), once tracked.</summary>
    public IReadOnlyCollection<string> Dependencies
    {
        get
        {
            lock (_gate)
            {
                return _dependencies is null ? [] : [.. _dependencies];
            }
        }
    }

    /// <summary>The entity kinds read, once tracked.</summary>
    public IReadOnlyCollection<string> Kinds
    {
        get
        {
            lock (_gate)
            {
                return _kinds is null ? [] : [.. _kinds];
            }
        }
    }

    /// <summary>The earliest end of freshness among the entries read; <see cref="DateTimeOffset.MaxValue"/> when none was.</summary>
    public DateTimeOffset FreshUntil
    {
        get
        {
            lock (_gate)
            {
                return _freshUntil;
            }
        }
    }

    /// <summary>The stale entities, ordered for a deterministic response.</summary>
    public IReadOnlyList<(string Kind, string Id)> StaleEntries
        => _stale is null ? [] : [.. _stale.Keys.OrderBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)];

    /// <summary>From now on, record every entry served (see <see cref="AddRead"/>).</summary>
    public void TrackDependencies()
    {
        lock (_gate)
        {
            _dependencies ??= new HashSet<string>(StringComparer.Ordinal);
            _kinds ??= new HashSet<string>(StringComparer.Ordinal);
            IsTrackingDependencies = true;
        }
    }

    public void AddStale(string kind, string id)
    {
        var stale = Volatile.Read(ref _stale) ?? Interlocked.CompareExchange(ref _stale, new(), null) ?? _stale;
        stale.TryAdd((kind, id), 0);
    }

    /// <summary>An entry served fresh: its key, its group tag (if any), until when it is fresh.</summary>
    public void AddRead(string kind, string key, string? tag, DateTimeOffset freshUntil)
    {
        if (!IsTrackingDependencies)
        {
            return;
        }

        lock (_gate)
        {
            _dependencies!.Add(key);
            if (tag is not null)
            {
                _dependencies.Add(tag);
            }

            _kinds!.Add(kind);
            if (freshUntil < _freshUntil)
            {
                _freshUntil = freshUntil;
            }
        }
    }
}
