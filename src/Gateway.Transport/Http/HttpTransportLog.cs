using Microsoft.Extensions.Logging;

namespace Gateway.Transport.Http;

/// <summary>Log messages of the HTTP transport (source-generated, so disabled levels cost nothing).</summary>
internal static partial class HttpTransportLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "GraphQL HTTP request rejected: {Code} {Reason}")]
    public static partial void RequestRejected(ILogger logger, string? code, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Client disconnected before the GraphQL HTTP response was complete ({ExceptionType})")]
    public static partial void ClientDisconnected(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Unexpected error while serving a GraphQL HTTP request")]
    public static partial void UnexpectedError(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Failed to write a GraphQL HTTP response; the connection was aborted")]
    public static partial void ResponseWriteFailed(ILogger logger, Exception exception);
}
