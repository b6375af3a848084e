using System.Diagnostics.Metrics;

namespace Gateway.Limits;

/// <summary>Operations refused by a limit (by its code) and the cost of every operation checked, on the <c>Gateway.Limits</c> meter.</summary>
public sealed class OperationLimitMetrics
{
    public const string MeterName = "Gateway.Limits";

    private readonly Counter<long> _refusals;
    private readonly Histogram<double> _cost;

    public OperationLimitMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _refusals = meter.CreateCounter<long>("gateway.limits.refusals", description: "Operations refused by an operation limit, by the refusal's code.");
        _cost = meter.CreateHistogram<double>("gateway.limits.operation_cost", description: "The computed cost of each operation checked against the cost ceiling.");
    }

    public void Refused(string code) => _refusals.Add(1, new KeyValuePair<string, object?>("code", code));

    public void Cost(double cost) => _cost.Record(cost);
}
