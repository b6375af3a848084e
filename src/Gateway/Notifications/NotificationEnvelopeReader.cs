using System.Text.Json;

namespace Gateway.Notifications;

/// <summary>
/// Reads the upstream's envelope, <c>{ topicName, version, eventBody, metadata: { CorrelationId } }</c>. Never throws
/// for what the upstream sent: anything it cannot read is <see cref="NotificationMessageKind.Unreadable"/>.
/// </summary>
public static class NotificationEnvelopeReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 128 };

    /// <summary>Reads one whole socket message (UTF-8 JSON). The event body is copied, so the buffer may be reused.</summary>
    public static NotificationMessage Read(ReadOnlyMemory<byte> utf8Json, DateTimeOffset receivedAt)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException)
        {
            return NotificationMessage.Unreadable(null);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("topicName", out var topicElement)
                || topicElement.ValueKind != JsonValueKind.String
                || topicElement.GetString() is not { Length: > 0 } topicName)
            {
                return NotificationMessage.Unreadable(null);
            }

            switch (topicName)
            {
                case NotificationTopics.ChannelMetadata:
                    return NotificationMessage.ChannelMetadata;
                case NotificationTopics.SocketClosing:
                    return NotificationMessage.SocketClosing;
            }

            if (!root.TryGetProperty("eventBody", out var body) || body.ValueKind != JsonValueKind.Object)
            {
                return NotificationMessage.Unreadable(topicName);
            }

            var notification = new UpstreamNotification(topicName, VersionOf(root), body.Clone(), CorrelationIdOf(root), receivedAt);
            return new NotificationMessage(NotificationMessageKind.Event, topicName, notification);
        }
    }

    private static string? VersionOf(JsonElement root)
        => root.TryGetProperty("version", out var version)
            ? version.ValueKind switch
            {
                JsonValueKind.String => version.GetString(),
                JsonValueKind.Number => version.GetRawText(),
                _ => null,
            }
            : null;

    private static string? CorrelationIdOf(JsonElement root)
        => root.TryGetProperty("metadata", out var metadata)
           && metadata.ValueKind == JsonValueKind.Object
           && metadata.TryGetProperty("CorrelationId", out var correlationId)
           && correlationId.ValueKind == JsonValueKind.String
            ? correlationId.GetString()
            : null;
}
