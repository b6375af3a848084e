using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Gateway.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Notifications;

/// <summary>Sums the <c>Gateway.Notifications</c> measurements of one service provider, by instrument and tag value.</summary>
internal sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Instrument, string? Tag), long> _totals = new();

    public MetricRecorder(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == NotificationsMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? tag = null;
            foreach (var pair in tags)
            {
                tag = pair.Value as string;
            }

            _totals.AddOrUpdate((instrument.Name, tag), value, (_, total) => total + value);
            _totals.AddOrUpdate((instrument.Name, null), value, (_, total) => total + value);
        });
        _listener.Start();
    }

    /// <summary>The sum of an instrument's measurements: all of them, or those whose tag has <paramref name="tag"/>.</summary>
    public long Total(string instrument, string? tag = null) => _totals.GetValueOrDefault((instrument, tag));

    public void Dispose() => _listener.Dispose();
}
