using Gateway.Bench.Load;
using Gateway.Bench.Processes;
using GenesysCloud.Simulator;

namespace Gateway.Bench.Scenarios;

/// <summary>
/// One phase of one scenario: the load it measured, the upstream calls the simulator counted meanwhile, the
/// serving gateway's peak resident memory so far, what Redis held at its end (Redis scenarios only), and the warm-up
/// that settled the gateway before it (warm phases only).
/// </summary>
internal sealed record PhaseResult(
    string Scenario,
    string Phase,
    LoadMeasurement Load,
    CallCountsResponse Upstream,
    double? PeakResidentMegabytes,
    RedisUsage? Redis,
    WarmUpMeasurement? SettledBy)
{
    public string Label => $"{Scenario} {Phase}";

    public double UpstreamPerQuery => Load.Completed == 0 ? 0 : (double)Upstream.Total / Load.Completed;
}
