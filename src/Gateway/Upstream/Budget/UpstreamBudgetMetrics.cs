using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Gateway.Upstream.Budget;

/// <summary>The upstream rate budget in use: permits taken, calls that waited, refusals and the queue. Meter <c>Gateway.UpstreamBudget</c>.</summary>
public sealed class UpstreamBudgetMetrics
{
    public const string MeterName = "Gateway.UpstreamBudget";
    public const string PermitsInstrumentName = "gateway.upstream.budget.permits";
    public const string WaitsInstrumentName = "gateway.upstream.budget.wait.duration";
    public const string RefusalsInstrumentName = "gateway.upstream.budget.refusals";
    public const string QueuedInstrumentName = "gateway.upstream.budget.queued";

    /// <summary>Tag: where the permit came from, <c>redis</c> (shared), <c>local</c> (no Redis configured) or <c>fallback</c> (Redis unreachable).</summary>
    public const string StoreTag = "store";

    /// <summary>Tag of a refusal: <c>queue.full</c> or <c>deadline</c> (the call's time ran out while it waited).</summary>
    public const string ReasonTag = "reason";

    private readonly Counter<long> _permits;
    private readonly Histogram<double> _waits;
    private readonly Counter<long> _refusals;
    private readonly UpDownCounter<long> _queued;

    public UpstreamBudgetMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _permits = meter.CreateCounter<long>(PermitsInstrumentName, "{permit}", "Upstream API requests the budget let through, one per attempt.");
        _waits = meter.CreateHistogram<double>(WaitsInstrumentName, "s", "How long a call that found the budget spent waited for its permit (or until it gave up).");
        _refusals = meter.CreateCounter<long>(RefusalsInstrumentName, "{call}", "Upstream calls the budget refused, by reason.");
        _queued = meter.CreateUpDownCounter<long>(QueuedInstrumentName, "{call}", "Calls waiting for a permit now.");
    }

    public void PermitTaken(string store) => _permits.Add(1, new TagList { { StoreTag, store } });

    public void Waited(TimeSpan elapsed) => _waits.Record(elapsed.TotalSeconds);

    public void Refused(string reason) => _refusals.Add(1, new TagList { { ReasonTag, reason } });

    public void QueueChanged(int delta) => _queued.Add(delta);
}
