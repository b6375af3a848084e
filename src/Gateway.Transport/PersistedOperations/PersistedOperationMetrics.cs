using System.Diagnostics.Metrics;

namespace Gateway.Transport.PersistedOperations;

/// <summary>
/// Persisted-operation lookups on the <c>Gateway.PersistedOperations</c> meter: hits (a hash or id served from the
/// store), misses, registrations, and refusals by <c>code</c>. The totals are readable too (tests, diagnostics).
/// </summary>
public sealed class PersistedOperationMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Gateway.PersistedOperations";

    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private readonly Counter<long> _registrations;
    private readonly Counter<long> _refusals;
    private long _hitCount;
    private long _missCount;
    private long _registrationCount;

    /// <summary>Creates the instruments.</summary>
    public PersistedOperationMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _hits = meter.CreateCounter<long>("gateway.persisted_operations.hits", description: "Operations served by hash or document id.");
        _misses = meter.CreateCounter<long>("gateway.persisted_operations.misses", description: "Hashes or document ids the store did not know.");
        _registrations = meter.CreateCounter<long>("gateway.persisted_operations.registrations", description: "Queries registered under their hash.");
        _refusals = meter.CreateCounter<long>("gateway.persisted_operations.refusals", description: "Persisted-operation requests refused, by code.");
    }

    /// <summary>Operations served from the store since start.</summary>
    public long Hits => Interlocked.Read(ref _hitCount);

    /// <summary>Lookups that found nothing since start.</summary>
    public long Misses => Interlocked.Read(ref _missCount);

    /// <summary>Queries registered by this process since start.</summary>
    public long Registrations => Interlocked.Read(ref _registrationCount);

    internal void Hit()
    {
        Interlocked.Increment(ref _hitCount);
        _hits.Add(1);
    }

    internal void Miss()
    {
        Interlocked.Increment(ref _missCount);
        _misses.Add(1);
    }

    internal void Registered()
    {
        Interlocked.Increment(ref _registrationCount);
        _registrations.Add(1);
    }

    internal void Refused(string? code) => _refusals.Add(1, new KeyValuePair<string, object?>("code", code));
}
