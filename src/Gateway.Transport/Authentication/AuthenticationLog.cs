using Microsoft.Extensions.Logging;

namespace Gateway.Transport.Authentication;

/// <summary>Log messages of request authentication (never a token).</summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 600, Level = LogLevel.Debug, Message = "GraphQL request refused: {Code} {Reason}")]
    public static partial void Refused(ILogger logger, string? code, string reason);
}
