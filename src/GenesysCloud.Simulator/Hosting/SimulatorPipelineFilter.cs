using GenesysCloud.Simulator.Auth;
using GenesysCloud.Simulator.Errors;
using Microsoft.Net.Http.Headers;

namespace GenesysCloud.Simulator.Hosting;

/// <summary>
/// What the platform does before a handler answers, in its order: correlation id, counting, latency,
/// bearer authentication, the per-token rate limit, then injected and random failures.
/// </summary>
internal sealed class SimulatorPipelineFilter(
    UpstreamCallCounter counter,
    SimulatorFaults faults,
    SimulatorTokenStore tokens,
    Microsoft.Extensions.Options.IOptions<SimulatorOptions> options,
    ILogger<SimulatorPipelineFilter> logger) : IEndpointFilter
{
    private const string BearerPrefix = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        CorrelationId.Ensure(http);
        var route = http.GetEndpoint()?.Metadata.GetMetadata<SimulatorRouteMetadata>();
        if (route is null)
        {
            return await next(context);
        }

        counter.Increment(route.Name);

        if (options.Value.RequireContentLength && http.Request.ContentLength is null && http.Request.Headers.TransferEncoding.Count > 0)
        {
            return ApiErrors.Error(http, StatusCodes.Status411LengthRequired, message: "A request body must be sent with a Content-Length.");
        }

        var latency = faults.LatencyFor(route.Name);
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, http.RequestAborted);
        }

        if (route.RequiresToken)
        {
            var refusal = Authenticate(http, route.Name, out var token);
            if (refusal is not null)
            {
                return refusal;
            }

            counter.IncrementForOrganization(token!.OrganizationId, route.Name);

            if (faults.TryAcquireRateLimit(token!.AccessToken) is { } wait)
            {
                var seconds = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
                SimulatorLog.RateLimited(logger, route.Name, seconds);
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var limit = faults.RateLimitPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ApiErrors.Error(http, StatusCodes.Status429TooManyRequests, ErrorCodes.TooManyRequests,
                    $"Rate limit exceeded the maximum. [{limit}] requests for [60] seconds",
                    new Dictionary<string, string> { ["limit"] = limit, ["window"] = "60" });
            }
        }

        if (faults.NextFailure(route.Name) is { } rule)
        {
            SimulatorLog.FaultInjected(logger, route.Name, rule.Status);
            if (rule.Status == StatusCodes.Status429TooManyRequests || rule.RetryAfter is not null)
            {
                var retryAfter = rule.RetryAfter ?? TimeSpan.FromSeconds(1);
                http.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return ApiErrors.Error(http, rule.Status);
        }

        if (route.RequiresToken && faults.DrawRandomError())
        {
            SimulatorLog.FaultInjected(logger, route.Name, StatusCodes.Status500InternalServerError);
            return ApiErrors.Error(http, StatusCodes.Status500InternalServerError);
        }

        return await next(context);
    }

    private IResult? Authenticate(HttpContext http, string route, out IssuedToken? token)
    {
        token = null;
        string? header = http.Request.Headers[HeaderNames.Authorization];
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) || header.Length == BearerPrefix.Length)
        {
            SimulatorLog.Unauthenticated(logger, route, ErrorCodes.AuthenticationRequired);
            return ApiErrors.Error(http, StatusCodes.Status401Unauthorized, ErrorCodes.AuthenticationRequired,
                "No authentication bearer token specified in authorization header.");
        }

        token = tokens.Resolve(header[BearerPrefix.Length..].Trim());
        if (token is null)
        {
            SimulatorLog.Unauthenticated(logger, route, ErrorCodes.BadCredentials);
            return ApiErrors.Error(http, StatusCodes.Status401Unauthorized, ErrorCodes.BadCredentials, "Invalid login credentials.");
        }

        SimulatorCaller.Set(http, token);
        return null;
    }
}
