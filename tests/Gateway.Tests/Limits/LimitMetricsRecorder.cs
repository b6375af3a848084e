using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Gateway.Limits;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Limits;

/// <summary>Records the <c>Gateway.Limits</c> instruments of one gateway (its own meter factory, not another test's).</summary>
internal sealed class LimitMetricsRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, string? Code)> _measurements = new();

    public LimitMetricsRecorder(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == OperationLimitMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public long Refusals(string code) => _measurements.Count(m => m.Instrument == "gateway.limits.refusals" && m.Code == code);

    public IReadOnlyList<double> Costs => [.. _measurements.Where(m => m.Instrument == "gateway.limits.operation_cost").Select(m => m.Value)];

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? code = null;
        foreach (var tag in tags)
        {
            if (tag.Key == "code")
            {
                code = tag.Value as string;
            }
        }

        _measurements.Enqueue((instrument.Name, value, code));
    }
}
