using Microsoft.Extensions.Logging;

namespace Gateway.Transport.WebSockets;

/// <summary>Log messages of the WebSocket transport (source-generated); its event ids are 100–199, all of them here.</summary>
internal static partial class WebSocketTransportLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "WebSocket accepted with subprotocol {Subprotocol}")]
    public static partial void ConnectionAccepted(ILogger logger, string subprotocol);

    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "WebSocket refused: no supported subprotocol among '{RequestedSubprotocols}'")]
    public static partial void SubprotocolNotAcceptable(ILogger logger, string requestedSubprotocols);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "WebSocket refused: client {Client} holds the most streaming connections it may")]
    public static partial void TooManyConnections(ILogger logger, string client);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "Closing the WebSocket: {CloseCode} {Reason}")]
    public static partial void Closing(ILogger logger, int closeCode, string reason);

    [LoggerMessage(EventId = 104, Level = LogLevel.Debug, Message = "WebSocket aborted: {Reason}")]
    public static partial void Aborted(ILogger logger, string reason);

    [LoggerMessage(EventId = 105, Level = LogLevel.Debug, Message = "The client closed the WebSocket: {CloseCode} {Reason}")]
    public static partial void ClosedByClient(ILogger logger, int? closeCode, string? reason);

    [LoggerMessage(EventId = 106, Level = LogLevel.Debug, Message = "The WebSocket ended without a close handshake ({ExceptionType})")]
    public static partial void Disconnected(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 107, Level = LogLevel.Debug, Message = "Invalid WebSocket message: {Reason}")]
    public static partial void InvalidMessage(ILogger logger, string reason);

    [LoggerMessage(EventId = 108, Level = LogLevel.Warning, Message = "Operation {OperationId}: the client did not read its results ({BufferedResults} waiting); closing the WebSocket")]
    public static partial void SubscriberTooSlow(ILogger logger, string operationId, int bufferedResults);

    [LoggerMessage(EventId = 109, Level = LogLevel.Debug, Message = "Operation {OperationId} started")]
    public static partial void OperationStarted(ILogger logger, string operationId);

    [LoggerMessage(EventId = 110, Level = LogLevel.Debug, Message = "Operation {OperationId} ended: {Outcome}")]
    public static partial void OperationEnded(ILogger logger, string operationId, string outcome);

    [LoggerMessage(EventId = 111, Level = LogLevel.Debug, Message = "Operation {OperationId} rejected: {Code} {Reason}")]
    public static partial void OperationRejected(ILogger logger, string operationId, string? code, string reason);

    [LoggerMessage(EventId = 112, Level = LogLevel.Information, Message = "WebSocket connection_init denied")]
    public static partial void ConnectionInitDenied(ILogger logger);

    [LoggerMessage(EventId = 113, Level = LogLevel.Debug, Message = "A WebSocket message could not be sent ({ExceptionType}); the connection is gone")]
    public static partial void SendFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 114, Level = LogLevel.Error, Message = "Operation {OperationId} failed unexpectedly")]
    public static partial void OperationFailed(ILogger logger, string operationId, Exception exception);

    [LoggerMessage(EventId = 115, Level = LogLevel.Error, Message = "Unexpected error on a GraphQL WebSocket")]
    public static partial void UnexpectedError(ILogger logger, Exception exception);
}
