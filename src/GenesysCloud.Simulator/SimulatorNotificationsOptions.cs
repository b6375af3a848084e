namespace GenesysCloud.Simulator;

/// <summary>
/// Settings of the simulated Notifications API, bound from <c>Simulator:Notifications</c>: channel lifetime and
/// limits, the WebSocket heartbeat, the per-socket send queue and the scheduled random changes.
/// </summary>
public sealed class SimulatorNotificationsOptions
{
    public const string SectionName = "Notifications";

    /// <summary>How long a channel lives after its creation or its last subscription change (the platform: 24 h).</summary>
    public int ChannelLifetimeSeconds { get; set; } = 86400;

    /// <summary>Seconds between two <c>WebSocket Heartbeat</c> messages on an open socket (the platform: about 30).</summary>
    public int HeartbeatIntervalSeconds { get; set; } = 30;

    /// <summary>Channels one OAuth client may hold per organization; creating one more removes the least recently used.</summary>
    public int MaxChannelsPerClient { get; set; } = 20;

    /// <summary>Topics one channel may be subscribed to; a subscription that would pass it is a 400.</summary>
    public int MaxTopicsPerChannel { get; set; } = 1000;

    /// <summary>Milliseconds between two random changes (co-browse, segment, session) published as events; 0 turns them off.</summary>
    public int EventIntervalMilliseconds { get; set; }

    /// <summary>Messages waiting to be sent on one socket; past it, that socket's messages are dropped (and counted), nobody waits.</summary>
    public int SendQueueCapacity { get; set; } = 1024;
}
