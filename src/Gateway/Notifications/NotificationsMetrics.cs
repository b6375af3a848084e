using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Gateway.Notifications;

/// <summary>
/// The notification channels' instruments, meter <c>Gateway.Notifications</c>. Events are tagged by topic kind
/// (<c>v2.users.{id}.conversations</c>), never by a topic with its id, so the tag's cardinality stays bounded.
/// </summary>
public sealed class NotificationsMetrics
{
    public const string MeterName = "Gateway.Notifications";
    public const string EventsInstrumentName = "gateway.notifications.events";
    public const string UnreadableEventsInstrumentName = "gateway.notifications.events.unreadable";
    public const string DroppedEventsInstrumentName = "gateway.notifications.events.dropped";
    public const string ReconnectsInstrumentName = "gateway.notifications.reconnects";
    public const string TopicsInstrumentName = "gateway.notifications.topics";
    public const string ChannelsInstrumentName = "gateway.notifications.channels";

    /// <summary>Tag: the topic's kind (<see cref="NotificationTopics.KindOf"/>), <c>unknown</c> when none could be read.</summary>
    public const string TopicKindTag = "topic.kind";

    /// <summary>Tag: why a socket was connected again (<see cref="ReconnectReason"/>).</summary>
    public const string ReasonTag = "reason";

    public const string UnknownTopicKind = "unknown";

    // Topics seen are the topics subscribed (bounded by the channel limits); the cap guards against anything else.
    private const int MaxCachedKinds = 25_000;

    private readonly ConcurrentDictionary<string, string> _kinds = new(StringComparer.Ordinal);
    private readonly Counter<long> _events;
    private readonly Counter<long> _unreadable;
    private readonly Counter<long> _dropped;
    private readonly Counter<long> _reconnects;
    private readonly UpDownCounter<long> _topics;
    private readonly UpDownCounter<long> _channels;

    public NotificationsMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _events = meter.CreateCounter<long>(EventsInstrumentName, "{event}", "Events received on notification channels, by topic kind.");
        _unreadable = meter.CreateCounter<long>(UnreadableEventsInstrumentName, "{event}", "Socket messages whose envelope or body could not be read.");
        _dropped = meter.CreateCounter<long>(DroppedEventsInstrumentName, "{event}", "Events dropped because a subscriber's queue was full.");
        _reconnects = meter.CreateCounter<long>(ReconnectsInstrumentName, "{reconnect}", "Channel sockets connected again, by reason.");
        _topics = meter.CreateUpDownCounter<long>(TopicsInstrumentName, "{topic}", "Topics subscribed upstream (or being subscribed).");
        _channels = meter.CreateUpDownCounter<long>(ChannelsInstrumentName, "{channel}", "Notification channels open.");
    }

    public void EventReceived(string topic) => _events.Add(1, new KeyValuePair<string, object?>(TopicKindTag, Kind(topic)));

    public void UnreadableEvent(string? topic) => _unreadable.Add(1, new KeyValuePair<string, object?>(TopicKindTag, topic is null ? UnknownTopicKind : Kind(topic)));

    public void EventDropped(string topic) => _dropped.Add(1, new KeyValuePair<string, object?>(TopicKindTag, Kind(topic)));

    public void Reconnected(string reason) => _reconnects.Add(1, new KeyValuePair<string, object?>(ReasonTag, reason));

    public void TopicsChanged(int delta) => _topics.Add(delta);

    public void ChannelsChanged(int delta) => _channels.Add(delta);

    private string Kind(string topic)
    {
        if (_kinds.TryGetValue(topic, out var kind))
        {
            return kind;
        }

        kind = NotificationTopics.KindOf(topic);
        if (_kinds.Count < MaxCachedKinds)
        {
            _kinds.TryAdd(topic, kind);
        }

        return kind;
    }
}
