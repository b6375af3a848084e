using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Gateway.Upstream;

/// <summary>Turns what can go wrong on the way to Genesys Cloud into <see cref="GenesysApiException"/>, in one place.</summary>
internal static class UpstreamFailures
{
    public const string Timeout = "timeout";
    public const string Unreachable = "unreachable";
    public const string InvalidResponse = "invalid.response";
    public const string CircuitOpen = "circuit.open";
    public const string AuthenticationFailed = "authentication.failed";
    public const string AuthenticationUnavailable = "authentication.unavailable";
    public const string RateBudgetExhausted = "gateway.rate.budget.exhausted";

    /// <summary>
    /// The failure to throw instead of <paramref name="exception"/>, or null when it must travel as it is: the caller
    /// cancelled, it is already a <see cref="GenesysApiException"/>, or it is a bug rather than an upstream failure.
    /// </summary>
    public static GenesysApiException? Translate(Exception exception, string route, ILogger logger, CancellationToken callerToken)
    {
        switch (exception)
        {
            case GenesysApiException:
                return null;
            case OperationCanceledException when callerToken.IsCancellationRequested:
                return null;
            case TimeoutRejectedException or OperationCanceledException:
                UpstreamLog.CallTimedOut(logger, route);
                return new GenesysApiException(HttpStatusCode.GatewayTimeout, Timeout, innerException: exception);
            case BrokenCircuitException:
                UpstreamLog.CircuitOpen(logger, route);
                return new GenesysApiException(HttpStatusCode.ServiceUnavailable, CircuitOpen);
            case HttpRequestException request:
                // Not kept as the inner exception: its message names the upstream host and port.
                UpstreamLog.CallUnreachable(logger, route, request.HttpRequestError);
                return new GenesysApiException(HttpStatusCode.ServiceUnavailable, Unreachable);
            case JsonException:
                UpstreamLog.InvalidResponse(logger, route, exception);
                return new GenesysApiException(HttpStatusCode.BadGateway, InvalidResponse, innerException: exception);
            default:
                return null;
        }
    }

    /// <summary>An answer that parsed as JSON <c>null</c> or lacked what the call needs.</summary>
    public static GenesysApiException Unreadable() => new(HttpStatusCode.BadGateway, InvalidResponse);
}
