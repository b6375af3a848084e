namespace GenesysCloud.Simulator;

/// <summary>
/// What the simulated notification service did since the last reset: channels created and removed (expired or
/// pushed out by the channel limit), sockets opened and closed, events published (one per change and topic),
/// messages delivered to sockets and dropped (full send queue or silenced socket), heartbeats sent.
/// </summary>
public sealed record NotificationCounts(
    long ChannelsCreated,
    long ChannelsRemoved,
    long SocketsOpened,
    long SocketsClosed,
    long EventsPublished,
    long EventsDelivered,
    long EventsDropped,
    long HeartbeatsSent);
