using System.Diagnostics;

namespace Gateway.Upstream;

/// <summary>The innermost handler of both upstream clients: records every attempt that goes on the wire.</summary>
internal sealed class UpstreamMetricsHandler(UpstreamCallMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = UpstreamRoutes.Of(request);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            metrics.Record(route, (int)response.StatusCode, Stopwatch.GetElapsedTime(started));
            return response;
        }
        catch (Exception exception)
        {
            metrics.RecordFailure(route, exception, Stopwatch.GetElapsedTime(started));
            throw;
        }
    }
}
