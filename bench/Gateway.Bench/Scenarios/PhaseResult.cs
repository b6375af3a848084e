using Gateway.Bench.Load;
using Gateway.Bench.Processes;
using GenesysCloud.Simulator;

namespace Gateway.Bench.Scenarios;

/// <summary>
/// One phase of one scenario: the load it measured, the upstream calls the simulator counted meanwhile, the
/// serving gateway's peak resident memory so far, and what Redis held at its end (Redis scenarios only).
/// </summary>
internal sealed record PhaseResult(
    string Scenario,
    string Phase,
    LoadMeasurement Load,
    CallCountsResponse Upstream,
    double? PeakResidentMegabytes,
    RedisUsage? Redis)
{
    public string Label => $"{Scenario} {Phase}";

    public double UpstreamPerQuery => Load.Completed == 0 ? 0 : (double)Upstream.Total / Load.Completed;
}
