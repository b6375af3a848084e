using System.Net;
using Gateway.Upstream;
using GraphQL;

namespace Gateway.Common.Errors;

/// <summary>
/// An upstream failure as the client sees it: a stable code per kind of failure, the upstream status, and the
/// upstream's own error code, never its URL or our credentials. A new instance per field, because the executor
/// stamps each error with its field's path.
/// </summary>
public sealed class UpstreamExecutionError : ExecutionError
{
    public UpstreamExecutionError(GenesysApiException exception)
        : base(exception.Message)
    {
        Code = exception.IsRateBudgetExhausted ? GatewayErrorCodes.UpstreamRateBudgetExhausted : CodeFor(exception.StatusCode);
        Data["upstreamStatus"] = (int)exception.StatusCode;
        if (exception.ErrorCode is not null)
        {
            Data["upstreamCode"] = exception.ErrorCode;
        }

        if (exception.RetryAfter is { } retryAfter)
        {
            Data["retryAfterSeconds"] = (int)Math.Ceiling(retryAfter.TotalSeconds);
        }
    }

    private static string CodeFor(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => GatewayErrorCodes.UpstreamUnauthorized,
        HttpStatusCode.Forbidden => GatewayErrorCodes.UpstreamForbidden,
        HttpStatusCode.NotFound => GatewayErrorCodes.NotFound,
        HttpStatusCode.TooManyRequests => GatewayErrorCodes.UpstreamRateLimited,
        HttpStatusCode.GatewayTimeout or HttpStatusCode.RequestTimeout => GatewayErrorCodes.UpstreamTimeout,
        HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable => GatewayErrorCodes.UpstreamUnavailable,
        HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity => GatewayErrorCodes.UpstreamBadRequest,
        _ => GatewayErrorCodes.UpstreamError,
    };
}
