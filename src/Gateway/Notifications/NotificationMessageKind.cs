namespace Gateway.Notifications;

/// <summary>What one message on a channel's socket is.</summary>
public enum NotificationMessageKind
{
    /// <summary>An event of a subscribed topic: delivered.</summary>
    Event,

    /// <summary>A <c>channel.metadata</c> message (heartbeat or pong): proves the socket alive, never delivered.</summary>
    ChannelMetadata,

    /// <summary><c>v2.system.socket_closing</c>: the upstream will close this socket soon; connect again.</summary>
    SocketClosing,

    /// <summary>Not JSON, or not an envelope with a topic and an object body: counted and logged, never delivered.</summary>
    Unreadable,
}
