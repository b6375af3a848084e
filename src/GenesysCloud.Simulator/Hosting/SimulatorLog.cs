namespace GenesysCloud.Simulator.Hosting;

/// <summary>The simulator's log messages; event ids 7100–7199 are the simulator's.</summary>
internal static partial class SimulatorLog
{
    [LoggerMessage(EventId = 7100, Level = LogLevel.Information, Message = "Genesys Cloud simulator listening on {BaseAddress}")]
    public static partial void Listening(ILogger logger, Uri baseAddress);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Built the data set of organization {OrganizationId} in {ElapsedMilliseconds} ms")]
    public static partial void DataSetBuilt(ILogger logger, string organizationId, long elapsedMilliseconds);

    [LoggerMessage(EventId = 7110, Level = LogLevel.Debug, Message = "Issued a token to client {ClientId}")]
    public static partial void TokenIssued(ILogger logger, string clientId);

    [LoggerMessage(EventId = 7111, Level = LogLevel.Information, Message = "Refused a token request: {Error}")]
    public static partial void TokenRefused(ILogger logger, string error);

    [LoggerMessage(EventId = 7112, Level = LogLevel.Debug, Message = "Refused {Route}: {Code}")]
    public static partial void Unauthenticated(ILogger logger, string route, string code);

    [LoggerMessage(EventId = 7120, Level = LogLevel.Debug, Message = "Injected {Status} into {Route}")]
    public static partial void FaultInjected(ILogger logger, string route, int status);

    [LoggerMessage(EventId = 7121, Level = LogLevel.Debug, Message = "Rate limited {Route}; retry after {RetryAfterSeconds} s")]
    public static partial void RateLimited(ILogger logger, string route, long retryAfterSeconds);

    [LoggerMessage(EventId = 7130, Level = LogLevel.Debug, Message = "Created notification channel {ChannelId} for client {ClientId}")]
    public static partial void ChannelCreated(ILogger logger, string channelId, string clientId);

    [LoggerMessage(EventId = 7131, Level = LogLevel.Debug, Message = "Removed notification channel {ChannelId}: {Reason}")]
    public static partial void ChannelRemoved(ILogger logger, string channelId, string reason);

    [LoggerMessage(EventId = 7132, Level = LogLevel.Debug, Message = "Socket opened on notification channel {ChannelId}")]
    public static partial void SocketOpened(ILogger logger, string channelId);

    [LoggerMessage(EventId = 7133, Level = LogLevel.Debug, Message = "Socket closed on notification channel {ChannelId}")]
    public static partial void SocketClosed(ILogger logger, string channelId);

    [LoggerMessage(EventId = 7134, Level = LogLevel.Debug, Message = "Socket of notification channel {ChannelId} ended by the control API: {Mode}")]
    public static partial void SocketEnded(ILogger logger, string channelId, SocketCloseMode mode);

    [LoggerMessage(EventId = 7135, Level = LogLevel.Debug, Message = "Published {Kind} to {TopicCount} topics, {DeliveredCount} sockets; correlation id {CorrelationId}")]
    public static partial void ChangePublished(ILogger logger, string kind, int topicCount, int deliveredCount, string correlationId);

    [LoggerMessage(EventId = 7136, Level = LogLevel.Warning, Message = "A scheduled change failed")]
    public static partial void ScheduledChangeFailed(ILogger logger, Exception exception);
}
