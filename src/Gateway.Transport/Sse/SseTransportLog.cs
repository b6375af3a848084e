using Microsoft.Extensions.Logging;

namespace Gateway.Transport.Sse;

/// <summary>Log messages of the SSE transport, event ids 200–299 (the HTTP transport has 1–99). Tokens are never logged.</summary>
internal static partial class SseTransportLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Debug, Message = "GraphQL SSE request rejected: {Code} {Reason}")]
    public static partial void RequestRejected(ILogger logger, string? code, string reason);

    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "GraphQL SSE stream opened ({Mode})")]
    public static partial void StreamOpened(ILogger logger, string mode);

    [LoggerMessage(EventId = 202, Level = LogLevel.Debug, Message = "GraphQL SSE stream ended ({Mode}): {Reason}")]
    public static partial void StreamEnded(ILogger logger, string mode, string reason);

    [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "GraphQL SSE client too slow: {BufferedResults} results were waiting; its stream was aborted")]
    public static partial void SubscriberTooSlow(ILogger logger, int bufferedResults);

    [LoggerMessage(EventId = 204, Level = LogLevel.Debug, Message = "GraphQL SSE reservation made ({Reservations} held)")]
    public static partial void ReservationMade(ILogger logger, int reservations);

    [LoggerMessage(EventId = 205, Level = LogLevel.Debug, Message = "GraphQL SSE reservation closed: {Reason}")]
    public static partial void ReservationClosed(ILogger logger, string reason);

    [LoggerMessage(EventId = 206, Level = LogLevel.Debug, Message = "GraphQL SSE operation {OperationId} accepted")]
    public static partial void OperationAccepted(ILogger logger, string operationId);

    [LoggerMessage(EventId = 207, Level = LogLevel.Debug, Message = "GraphQL SSE operation {OperationId} ended: {Reason}")]
    public static partial void OperationEnded(ILogger logger, string operationId, string reason);

    [LoggerMessage(EventId = 208, Level = LogLevel.Debug, Message = "Client disconnected from a GraphQL SSE request ({ExceptionType})")]
    public static partial void ClientDisconnected(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 209, Level = LogLevel.Error, Message = "Unexpected error while serving a GraphQL SSE request")]
    public static partial void UnexpectedError(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 210, Level = LogLevel.Error, Message = "Unexpected error in GraphQL SSE operation {OperationId}; it was ended")]
    public static partial void OperationFailed(ILogger logger, string operationId, Exception exception);
}
