using System.Diagnostics.Metrics;

namespace Gateway.Subscriptions;

/// <summary>Events read for GraphQL subscriptions and events skipped because their body could not be read, on the <c>Gateway.Subscriptions</c> meter.</summary>
public sealed class SubscriptionMetrics
{
    public const string MeterName = "Gateway.Subscriptions";

    private readonly Counter<long> _read;
    private readonly Counter<long> _unreadable;

    public SubscriptionMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _read = meter.CreateCounter<long>("gateway.subscriptions.events_read", description: "Events read for GraphQL subscriptions, by payload type.");
        _unreadable = meter.CreateCounter<long>("gateway.subscriptions.unreadable_events", description: "Events skipped because their body could not be read as the payload, by payload type.");
    }

    public void Read(string payloadType) => _read.Add(1, new KeyValuePair<string, object?>("payload", payloadType));

    public void Unreadable(string payloadType) => _unreadable.Add(1, new KeyValuePair<string, object?>("payload", payloadType));
}
