using System.Net;
using GenesysCloud.Models;

namespace Gateway.Upstream;

/// <summary>
/// An upstream call that failed. The message names the status and the platform's error code only: never a
/// token, a secret or an upstream URL, because it may reach a client.
/// </summary>
public sealed class GenesysApiException : Exception
{
    public GenesysApiException(HttpStatusCode statusCode, string? errorCode, ErrorBody? body = null, TimeSpan? retryAfter = null, Exception? innerException = null)
        : this(DescribeFailure(statusCode, errorCode), statusCode, errorCode, body, retryAfter, innerException)
    {
    }

    private GenesysApiException(string message, HttpStatusCode statusCode, string? errorCode, ErrorBody? body, TimeSpan? retryAfter, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Body = body;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status the upstream answered (or 504 for a timeout, 502 for an unreadable answer).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The platform's error code (<c>not.found</c>, <c>too.many.requests</c>, …), when it sent one.</summary>
    public string? ErrorCode { get; }

    /// <summary>The platform's error body, when it sent one.</summary>
    public ErrorBody? Body { get; }

    /// <summary>How long the upstream asked us to wait (429), when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// The gateway's own upstream rate budget had no permit for the call in time: it was never sent, so the upstream
    /// answered nothing (a 429 in kind, so the cache may serve what it last had).
    /// </summary>
    public static GenesysApiException RateBudgetExhausted() => new(
        "The gateway's upstream request budget is spent; try again shortly.",
        HttpStatusCode.TooManyRequests, UpstreamFailures.RateBudgetExhausted, body: null, retryAfter: null, innerException: null);

    /// <summary>True when the call was refused by the gateway's own rate budget rather than answered by the upstream.</summary>
    public bool IsRateBudgetExhausted => ErrorCode == UpstreamFailures.RateBudgetExhausted;

    private static string DescribeFailure(HttpStatusCode statusCode, string? errorCode)
        => errorCode is null
            ? $"Genesys Cloud answered {(int)statusCode}."
            : $"Genesys Cloud answered {(int)statusCode} ({errorCode}).";
}
