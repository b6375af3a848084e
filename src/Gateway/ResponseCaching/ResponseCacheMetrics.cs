using System.Diagnostics.Metrics;

namespace Gateway.ResponseCaching;

/// <summary>
/// The response cache on the <c>Gateway.ResponseCache</c> meter: lookups by result (<c>hit</c>, <c>miss</c>) and
/// responses executed after a miss by what became of them (<c>stored</c>, or why not).
/// </summary>
public sealed class ResponseCacheMetrics
{
    public const string MeterName = "Gateway.ResponseCache";
    public const string LookupsInstrumentName = "gateway.response_cache.lookups";
    public const string StoresInstrumentName = "gateway.response_cache.stores";

    private readonly Counter<long> _lookups;
    private readonly Counter<long> _stores;

    public ResponseCacheMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _lookups = meter.CreateCounter<long>(LookupsInstrumentName, "{lookup}", "Response cache lookups, by result: hit (no execution, no upstream call) or miss.");
        _stores = meter.CreateCounter<long>(StoresInstrumentName, "{response}", "Responses executed after a miss, by outcome: stored, or the reason they were not.");
    }

    public void Hit() => _lookups.Add(1, new KeyValuePair<string, object?>("result", "hit"));

    public void Miss() => _lookups.Add(1, new KeyValuePair<string, object?>("result", "miss"));

    /// <summary><paramref name="outcome"/>: a <see cref="ResponseStoreOutcome"/> name.</summary>
    public void Store(ResponseStoreOutcome outcome) => _stores.Add(1, new KeyValuePair<string, object?>("outcome", ResponseStoreOutcomes.NameOf(outcome)));
}
