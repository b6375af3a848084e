namespace Gateway.Hosting;

/// <summary>The host's log messages; event ids 1000–1999 (upstream client: 2000–2999).</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Embedded Genesys Cloud simulator listening on {BaseAddress} (no Genesys:ClientId configured)")]
    public static partial void EmbeddedSimulatorStarted(ILogger logger, Uri baseAddress);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Seeded ids to try: externalContactId {ExternalContactId}, sessionId {SessionId}, conversationId {ConversationId}")]
    public static partial void EmbeddedSimulatorSampleIds(ILogger logger, string externalContactId, string sessionId, string conversationId);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "GraphQL endpoint: {Url}")]
    public static partial void GraphQLEndpointReady(ILogger logger, string url);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "GraphQL IDE (Banana Cake Pop): {Url}")]
    public static partial void PlaygroundReady(ILogger logger, string url);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Unhandled exception while resolving {FieldPath}")]
    public static partial void UnhandledResolverException(ILogger logger, Exception exception, string fieldPath);
}
