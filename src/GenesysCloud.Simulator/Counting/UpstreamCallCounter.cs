using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace GenesysCloud.Simulator;

/// <summary>
/// Counts the requests the simulator received, per route name (<see cref="SimulatorRoutes"/>), so tests and
/// benchmarks can assert how many upstream calls the gateway made. Thread-safe.
/// </summary>
public sealed class UpstreamCallCounter
{
    // A boxed counter per route keeps the hot path to one lookup and one interlocked add.
    private readonly ConcurrentDictionary<string, StrongBox<long>> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StrongBox<long>> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Organization, string Route), StrongBox<long>> _byOrganization = new();

    /// <summary>Calls received on <paramref name="route"/> since the last reset.</summary>
    public long Get(string route) => _calls.TryGetValue(route, out var box) ? Interlocked.Read(ref box.Value) : 0;

    /// <summary>Ids asked for on a batch <paramref name="route"/> (bulk contacts, users and queues by id).</summary>
    public long GetIds(string route) => _ids.TryGetValue(route, out var box) ? Interlocked.Read(ref box.Value) : 0;

    /// <summary>
    /// Calls on <paramref name="route"/> that presented a valid token of <paramref name="organizationId"/>: whose
    /// credentials a caller used (a gateway forwarding callers' tokens, or using its own).
    /// </summary>
    public long GetForOrganization(string organizationId, string route)
        => _byOrganization.TryGetValue((organizationId.ToLowerInvariant(), route), out var box) ? Interlocked.Read(ref box.Value) : 0;

    /// <summary>Calls received on all routes since the last reset.</summary>
    public long Total => _calls.Values.Sum(box => Interlocked.Read(ref box.Value));

    /// <summary>Calls per route, routes never called left out.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => Copy(_calls);

    /// <summary>Ids asked for per batch route.</summary>
    public IReadOnlyDictionary<string, long> IdsSnapshot() => Copy(_ids);

    public void Reset()
    {
        foreach (var box in _calls.Values)
        {
            Interlocked.Exchange(ref box.Value, 0);
        }

        foreach (var box in _ids.Values)
        {
            Interlocked.Exchange(ref box.Value, 0);
        }

        foreach (var box in _byOrganization.Values)
        {
            Interlocked.Exchange(ref box.Value, 0);
        }
    }

    internal void Increment(string route) => Interlocked.Increment(ref _calls.GetOrAdd(route, static _ => new StrongBox<long>()).Value);

    internal void IncrementForOrganization(string organizationId, string route)
        => Interlocked.Increment(ref _byOrganization.GetOrAdd((organizationId.ToLowerInvariant(), route), static _ => new StrongBox<long>()).Value);

    internal void AddIds(string route, int count) => Interlocked.Add(ref _ids.GetOrAdd(route, static _ => new StrongBox<long>()).Value, count);

    private static Dictionary<string, long> Copy(ConcurrentDictionary<string, StrongBox<long>> source)
    {
        var copy = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (route, box) in source)
        {
            var value = Interlocked.Read(ref box.Value);
            if (value > 0)
            {
                copy[route] = value;
            }
        }

        return copy;
    }
}
