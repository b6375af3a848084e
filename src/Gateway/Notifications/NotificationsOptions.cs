using System.ComponentModel.DataAnnotations;

namespace Gateway.Notifications;

/// <summary>The <c>Genesys:Notifications</c> configuration section: channels, sockets and delivery of upstream events.</summary>
public sealed class NotificationsOptions
{
    public const string SectionName = "Genesys:Notifications";

    /// <summary>Topics on one channel before another is opened (the upstream allows 1,000).</summary>
    [Range(1, 1000)]
    public int MaxTopicsPerChannel { get; set; } = 1000;

    /// <summary>Channels open at once (the upstream allows 20 per user and app, and removes the oldest past that).</summary>
    [Range(1, 20)]
    public int MaxChannels { get; set; } = 20;

    /// <summary>How long topic changes are gathered before one <c>PUT</c> of the channel's set.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan SubscriptionDebounce { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Silence on a socket (not even a heartbeat) after which a <c>{"message":"ping"}</c> is sent.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PingAfter { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>Silence on a socket after which it is taken for dead and replaced (the upstream's heartbeat comes about every 30 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.020", "01:00:00")]
    public TimeSpan HeartbeatTimeout { get; set; } = TimeSpan.FromSeconds(75);

    /// <summary>The first wait before connecting again after a failed attempt; doubled each further failure, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between reconnection attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one WebSocket connect.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long before a channel's <c>expires</c> it is extended (by subscribing again) or replaced.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "12:00:00")]
    public TimeSpan RenewBeforeExpiry { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a channel with no topics left stays open for topics to come back before it is closed.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan IdleChannelGracePeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a replaced channel's socket keeps delivering after its successor is subscribed (duplicates are dropped).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ReplacedChannelDrainPeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Events queued for one subscriber that has not taken them yet; past this, its oldest are dropped.</summary>
    [Range(1, 100_000)]
    public int SubscriberQueueCapacity { get; set; } = 256;

    /// <summary>The largest socket message read; a longer one is skipped and counted as unreadable.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 4 * 1024 * 1024;
}
