namespace Gateway.Subscriptions;

/// <summary>Log messages of the event bus and the subscriptions (event ids 400–499).</summary>
internal static partial class SubscriptionsLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Warning, Message = "Leaving upstream topic {Topic} failed")]
    public static partial void TopicLeaveFailed(ILogger logger, string topic, Exception exception);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "An event of topic {Topic} could not be read as {PayloadType}; it was skipped")]
    public static partial void UnreadableEvent(ILogger logger, string topic, string payloadType);

    [LoggerMessage(EventId = 402, Level = LogLevel.Information, Message = "This instance now holds upstream topic {Topic}")]
    public static partial void LeaseTaken(ILogger logger, string topic);

    [LoggerMessage(EventId = 403, Level = LogLevel.Information, Message = "This instance no longer holds upstream topic {Topic}")]
    public static partial void LeaseLost(ILogger logger, string topic);

    [LoggerMessage(EventId = 404, Level = LogLevel.Warning, Message = "The topic lease round failed; leases are kept as they are until Redis answers")]
    public static partial void LeaseRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 405, Level = LogLevel.Warning, Message = "Subscribing upstream topic {Topic} as its lease holder failed; the lease is given back")]
    public static partial void HolderSubscribeFailed(ILogger logger, string topic, Exception exception);

    [LoggerMessage(EventId = 406, Level = LogLevel.Warning, Message = "Publishing an event of topic {Topic} to Redis failed; this instance's own subscribers still got it")]
    public static partial void PublishFailed(ILogger logger, string topic, Exception exception);

    [LoggerMessage(EventId = 407, Level = LogLevel.Warning, Message = "A Redis message on the event bus is not an event; it was skipped")]
    public static partial void UnreadableBusMessage(ILogger logger);

    [LoggerMessage(EventId = 409, Level = LogLevel.Warning, Message = "Redis does not answer: upstream topic {Topic} is subscribed by this instance alone until its last subscriber leaves")]
    public static partial void JoinedWithoutRedis(ILogger logger, string topic, Exception exception);

    [LoggerMessage(EventId = 408, Level = LogLevel.Warning, Message = "Evicting what an event of topic {Topic} changed failed")]
    public static partial void EvictionFailed(ILogger logger, string topic, Exception exception);
}
