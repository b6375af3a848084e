namespace Gateway.Auth;

/// <summary>Log messages of caller authentication (never a token, nor its hash).</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "A pass-through caller's token was refused by the upstream's organization look-up")]
    public static partial void CallerTokenRefused(ILogger logger);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "The organization of a pass-through caller's token could not be looked up ({ExceptionType}, upstream status {UpstreamStatus})")]
    public static partial void CallerOrganizationLookupFailed(ILogger logger, string exceptionType, int? upstreamStatus);
}
