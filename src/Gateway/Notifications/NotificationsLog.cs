namespace Gateway.Notifications;

/// <summary>
/// The notification channels' log messages; event ids 2100–2199 (within the upstream client's 2000–2999). A channel is
/// named by its ordinal in this process, never by its id or connect URI (whoever holds those can read the channel);
/// an event is named by its topic, never by its body.
/// </summary>
internal static partial class NotificationsLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Notification channel #{Channel} opened, expiring at {Expires:o}")]
    public static partial void ChannelOpened(ILogger logger, int channel, DateTimeOffset expires);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Notification channel #{Channel} closed: no topics left")]
    public static partial void ChannelClosed(ILogger logger, int channel);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Debug, Message = "Notification channel #{Channel}: socket connected")]
    public static partial void SocketConnected(ILogger logger, int channel);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "Notification channel #{Channel}: connecting again ({Reason}), attempt {Attempt} after {DelayMilliseconds} ms")]
    public static partial void Reconnecting(ILogger logger, int channel, string reason, int attempt, long delayMilliseconds);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "Notification channel #{Channel}: attempt {Attempt} to connect failed ({Error})")]
    public static partial void ConnectFailed(ILogger logger, int channel, int attempt, string error);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Warning, Message = "Notification channel #{Channel} no longer exists upstream; creating another with its {TopicCount} topics")]
    public static partial void ChannelGone(ILogger logger, int channel, int topicCount);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Information, Message = "Notification channel #{Channel} extended to {Expires:o}")]
    public static partial void ChannelExtended(ILogger logger, int channel, DateTimeOffset expires);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Information, Message = "Notification channel #{Channel} replaced by a new channel ({Reason})")]
    public static partial void ChannelReplaced(ILogger logger, int channel, string reason);

    [LoggerMessage(EventId = 2108, Level = LogLevel.Warning, Message = "Genesys Cloud rejected the topic {Topic}: {RejectionReason}")]
    public static partial void TopicRejected(ILogger logger, string topic, string? rejectionReason);

    [LoggerMessage(EventId = 2109, Level = LogLevel.Warning, Message = "Notification channel #{Channel}: subscribing its {TopicCount} topics failed with {Status} ({ErrorCode})")]
    public static partial void SubscriptionFailed(ILogger logger, int channel, int topicCount, int status, string? errorCode);

    [LoggerMessage(EventId = 2110, Level = LogLevel.Warning, Message = "Notification channel #{Channel}: a message on topic {Topic} could not be read; skipped")]
    public static partial void UnreadableMessage(ILogger logger, int channel, string topic);

    [LoggerMessage(EventId = 2111, Level = LogLevel.Warning, Message = "Notification channel #{Channel}: a message longer than {MaxBytes} bytes was skipped")]
    public static partial void MessageTooLarge(ILogger logger, int channel, int maxBytes);

    [LoggerMessage(EventId = 2112, Level = LogLevel.Error, Message = "A subscriber of {Topic} failed handling an event; it keeps receiving the next ones")]
    public static partial void SubscriberFailed(ILogger logger, Exception exception, string topic);

    [LoggerMessage(EventId = 2113, Level = LogLevel.Warning, Message = "A subscriber of {Topic} fell {Capacity} events behind; its oldest events are being dropped")]
    public static partial void SubscriberFallingBehind(ILogger logger, string topic, int capacity);

    [LoggerMessage(EventId = 2114, Level = LogLevel.Warning, Message = "Notification channel #{Channel}: nothing received for {SilenceSeconds} s, not even a heartbeat; connecting again")]
    public static partial void WatchdogFired(ILogger logger, int channel, double silenceSeconds);

    [LoggerMessage(EventId = 2115, Level = LogLevel.Information, Message = "Notification channel #{Channel}: the upstream announced it will close the socket")]
    public static partial void SocketClosingAnnounced(ILogger logger, int channel);

    [LoggerMessage(EventId = 2116, Level = LogLevel.Debug, Message = "Notification channel #{Channel}: silent for {SilenceSeconds} s, ping sent")]
    public static partial void PingSent(ILogger logger, int channel, double silenceSeconds);

    [LoggerMessage(EventId = 2117, Level = LogLevel.Information, Message = "Notification channel #{Channel}: the socket ended ({Reason})")]
    public static partial void SocketEnded(ILogger logger, int channel, string reason);

    [LoggerMessage(EventId = 2118, Level = LogLevel.Warning, Message = "Notification channel #{Channel}: extending or replacing it before it expires failed ({Error}); trying again")]
    public static partial void RenewalFailed(ILogger logger, int channel, string error);

    [LoggerMessage(EventId = 2119, Level = LogLevel.Warning, Message = "Notification channel #{Channel}: opening it failed ({Error}); its {TopicCount} waiting topics fail")]
    public static partial void OpenFailed(ILogger logger, int channel, string error, int topicCount);

    [LoggerMessage(EventId = 2120, Level = LogLevel.Error, Message = "Notification channel #{Channel}: unexpected failure; the channel carries on")]
    public static partial void ChannelLoopFailed(ILogger logger, Exception exception, int channel);
}
