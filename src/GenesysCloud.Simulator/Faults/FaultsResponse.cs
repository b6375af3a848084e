namespace GenesysCloud.Simulator;

/// <summary>The answer of <c>GET /__simulator/faults</c>: the global settings and the active failure rules.</summary>
public sealed record FaultsResponse(
    double LatencyMilliseconds,
    double LatencyJitterMilliseconds,
    double ErrorRate,
    int RateLimitPerMinute,
    IReadOnlyList<FaultRule> Failures);
