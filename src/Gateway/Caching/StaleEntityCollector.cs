using System.Collections.Concurrent;

namespace Gateway.Caching;

/// <summary>Per request: the entities served from the cache past their TTL because the upstream failed (fail-safe).</summary>
public sealed class StaleEntityCollector
{
    private readonly ConcurrentDictionary<(string Kind, string Id), byte> _entries = new();

    public bool IsEmpty => _entries.IsEmpty;

    public void Add(string kind, string id) => _entries.TryAdd((kind, id), 0);

    /// <summary>The stale entities, ordered for a deterministic response.</summary>
    public IReadOnlyList<(string Kind, string Id)> Entries
        => [.. _entries.Keys.OrderBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)];
}
