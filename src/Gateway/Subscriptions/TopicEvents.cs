using System.Text.Json;
using Gateway.Notifications;

namespace Gateway.Subscriptions;

/// <summary>Conversions between the upstream's notifications and the bus's events.</summary>
public static class TopicEvents
{
    /// <summary>The bus event of an upstream notification (the body kept as the JSON text the upstream sent).</summary>
    public static TopicEvent From(UpstreamNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new TopicEvent(notification.TopicName, notification.CorrelationId, notification.EventBody.GetRawText(), notification.ReceivedAt);
    }

    /// <summary>The event as one Redis pub/sub message.</summary>
    public static byte[] Serialize(TopicEvent topicEvent)
        => JsonSerializer.SerializeToUtf8Bytes(topicEvent, SubscriptionsJsonContext.Default.TopicEvent);

    /// <summary>An event read back from a Redis message; null when the message is not one.</summary>
    public static TopicEvent? Deserialize(ReadOnlySpan<byte> message)
    {
        try
        {
            return JsonSerializer.Deserialize(message, SubscriptionsJsonContext.Default.TopicEvent) is { Topic: not null, Body: not null } topicEvent
                ? topicEvent
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
