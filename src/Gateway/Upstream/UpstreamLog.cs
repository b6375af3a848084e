using System.Net.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Upstream;

/// <summary>
/// The upstream client's log messages; event ids 2000–2099 are the upstream client's (2100–2199: its notification channels, NotificationsLog). A message names a route
/// template, a status, an error code or a correlation id: never a URL with ids, a token or a secret.
/// </summary>
internal static partial class UpstreamLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Acquired a Genesys Cloud access token valid for {ExpiresInSeconds} s")]
    public static partial void TokenAcquired(ILogger logger, int expiresInSeconds);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Genesys Cloud refused the token request with {Status} ({Error})")]
    public static partial void TokenRefused(ILogger logger, int status, string? error);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Genesys Cloud answered 401 to {Route}; refreshing the access token and retrying once")]
    public static partial void TokenRejected(ILogger logger, string route);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "No Genesys Cloud client credentials are in effect; upstream calls fail until some are")]
    public static partial void NoCredentials(ILogger logger);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Warning, Message = "Upstream call {Route} failed with {Status} ({ErrorCode}), correlation id {CorrelationId}")]
    public static partial void CallFailed(ILogger logger, string route, int status, string? errorCode, string? correlationId);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Upstream call {Route} timed out")]
    public static partial void CallTimedOut(ILogger logger, string route);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "Upstream call {Route} could not reach Genesys Cloud ({Error})")]
    public static partial void CallUnreachable(ILogger logger, string route, HttpRequestError error);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Warning, Message = "Upstream call {Route} answered JSON that could not be read")]
    public static partial void InvalidResponse(ILogger logger, string route, Exception exception);

    [LoggerMessage(EventId = 2014, Level = LogLevel.Warning, Message = "Upstream call {Route} refused: the circuit to Genesys Cloud is open")]
    public static partial void CircuitOpen(ILogger logger, string route);

    [LoggerMessage(EventId = 2020, Level = LogLevel.Information, Message = "Upstream call {Route} answered 429; retry {Attempt} after {DelayMilliseconds} ms")]
    public static partial void RetryingAfterRateLimit(ILogger logger, string route, int attempt, long delayMilliseconds);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Information, Message = "Upstream call {Route} failed ({Outcome}); retry {Attempt} after {DelayMilliseconds} ms")]
    public static partial void Retrying(ILogger logger, string route, string outcome, int attempt, long delayMilliseconds);

    [LoggerMessage(EventId = 2022, Level = LogLevel.Warning, Message = "Upstream call {Route} answered 429 asking to wait {RetryAfterSeconds} s, more than the {MaxRetryAfterSeconds} s allowed; not retrying")]
    public static partial void RetryAfterTooLong(ILogger logger, string route, long retryAfterSeconds, int maxRetryAfterSeconds);

    [LoggerMessage(EventId = 2030, Level = LogLevel.Information, Message = "Genesys Cloud refused a bulk contacts call of {Count} ids with {Status}; splitting it in two")]
    public static partial void BulkChunkSplit(ILogger logger, int count, int status);

    [LoggerMessage(EventId = 2040, Level = LogLevel.Warning, Message = "Redis is unreachable for the shared upstream budget ({Error}); each call takes a local permit ({PermitsPerMinute} a minute) until it is back")]
    public static partial void BudgetRedisUnavailable(ILogger logger, int permitsPerMinute, string error);

    [LoggerMessage(EventId = 2041, Level = LogLevel.Information, Message = "Redis is back: the upstream budget is shared again")]
    public static partial void BudgetRedisBack(ILogger logger);

    [LoggerMessage(EventId = 2042, Level = LogLevel.Debug, Message = "An upstream call waited {WaitedMilliseconds} ms for a budget permit and gave up at its deadline")]
    public static partial void BudgetDeadlinePassed(ILogger logger, long waitedMilliseconds);

    [LoggerMessage(EventId = 2043, Level = LogLevel.Debug, Message = "An upstream call was refused: {QueueLimit} calls already wait for a budget permit")]
    public static partial void BudgetQueueFull(ILogger logger, int queueLimit);
}
