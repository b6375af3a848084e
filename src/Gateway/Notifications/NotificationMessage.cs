namespace Gateway.Notifications;

/// <summary>One socket message as <see cref="NotificationEnvelopeReader"/> read it.</summary>
/// <param name="Kind">What the message is.</param>
/// <param name="TopicName">The envelope's topic, when one could be read (also for an unreadable body).</param>
/// <param name="Notification">The event, for <see cref="NotificationMessageKind.Event"/> only.</param>
public sealed record NotificationMessage(NotificationMessageKind Kind, string? TopicName, UpstreamNotification? Notification)
{
    public static NotificationMessage ChannelMetadata { get; } = new(NotificationMessageKind.ChannelMetadata, NotificationTopics.ChannelMetadata, null);

    public static NotificationMessage SocketClosing { get; } = new(NotificationMessageKind.SocketClosing, NotificationTopics.SocketClosing, null);

    public static NotificationMessage Unreadable(string? topicName) => new(NotificationMessageKind.Unreadable, topicName, null);
}
