using Gateway.Bench.Load;

namespace Gateway.Bench.Scenarios;

/// <summary>A ceiling query's warm-up and measured warm phase on one fresh gateway, with its response cache on or off.</summary>
internal sealed record WarmGatewayResult(bool ResponseCache, WarmUpMeasurement WarmUp, LoadMeasurement Load, long UpstreamCalls, double? PeakResidentMegabytes)
{
    public string Label => ResponseCache ? "gateway, response cache on" : "gateway, response cache off";

    public double UpstreamCallsPerQuery => Load.Completed == 0 ? 0 : (double)UpstreamCalls / Load.Completed;
}
