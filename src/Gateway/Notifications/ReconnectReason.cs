namespace Gateway.Notifications;

/// <summary>Why a channel's socket was connected again: the values of the reconnect metric's <c>reason</c> tag.</summary>
public static class ReconnectReason
{
    /// <summary>The upstream announced <c>v2.system.socket_closing</c>.</summary>
    public const string SocketClosing = "socket_closing";

    /// <summary>The upstream closed the socket with a close frame.</summary>
    public const string Closed = "closed";

    /// <summary>The socket failed (reset, aborted, unreadable frame).</summary>
    public const string Aborted = "aborted";

    /// <summary>Nothing arrived, not even a heartbeat or a pong, for <c>HeartbeatTimeout</c>.</summary>
    public const string Watchdog = "watchdog";

    /// <summary>The channel no longer existed upstream: a new one was created and given the topics.</summary>
    public const string ChannelGone = "channel_gone";

    /// <summary>The channel was about to expire and subscribing again did not extend it: it was replaced.</summary>
    public const string Expiring = "expiring";
}
