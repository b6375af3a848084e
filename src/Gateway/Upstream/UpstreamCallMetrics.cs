using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Gateway.Upstream;

/// <summary>
/// Counts the HTTP requests the gateway sends to Genesys Cloud, one per attempt (retries and token fetches
/// included), so a benchmark can compare our count with the simulator's. Meter <c>Gateway.Upstream</c>.
/// </summary>
public sealed class UpstreamCallMetrics
{
    public const string MeterName = "Gateway.Upstream";
    public const string RequestsInstrumentName = "gateway.upstream.requests";
    public const string DurationInstrumentName = "gateway.upstream.request.duration";

    /// <summary>Tag: the route template (<c>GET /api/v2/users/{userId}</c>), never a URL with ids.</summary>
    public const string RouteTag = "route";

    /// <summary>Tag: the HTTP status answered, 0 when none was (network error, timeout).</summary>
    public const string StatusTag = "status";

    /// <summary>Tag, only when no status was answered: the exception type's name.</summary>
    public const string ErrorTypeTag = "error.type";

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;

    public UpstreamCallMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>(RequestsInstrumentName, "{request}", "HTTP requests sent to Genesys Cloud, per attempt.");
        _duration = meter.CreateHistogram<double>(DurationInstrumentName, "s", "Duration of one HTTP request to Genesys Cloud.");
    }

    /// <summary>Records one attempt that received an answer.</summary>
    public void Record(string route, int status, TimeSpan elapsed)
    {
        var tags = new TagList { { RouteTag, route }, { StatusTag, status } };
        _requests.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }

    /// <summary>Records one attempt that received no answer.</summary>
    public void RecordFailure(string route, Exception exception, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var tags = new TagList { { RouteTag, route }, { StatusTag, 0 }, { ErrorTypeTag, exception.GetType().Name } };
        _requests.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }
}
