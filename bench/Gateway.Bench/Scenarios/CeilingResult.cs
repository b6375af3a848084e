using Gateway.Bench.Load;

namespace Gateway.Bench.Scenarios;

/// <summary>
/// One query of the ceiling scenario: the gateway cold (each distinct request once, one at a time, on an empty cache),
/// first-touch requests (the first request of fresh gateways), cold requests to a settled gateway (ids it never asked),
/// warm with the response cache on and off, the ceiling
/// serving the warm answers' bytes, and the upstream calls a naive client would make instead.
/// </summary>
internal sealed record CeilingResult(
    string Query,
    int DistinctRequests,
    int DependentRounds,
    IReadOnlyList<int> TracedChains,
    LoadMeasurement Cold,
    LoadMeasurement ColdFirst,
    long FirstColdCalls,
    long ColdCalls,
    IReadOnlyList<double> TouchUpstreamMilliseconds,
    IReadOnlyList<double> TouchOverheadMilliseconds,
    LoadMeasurement LaterFirstTouches,
    TracedRequests SettledCold,
    WarmGatewayResult CacheOn,
    WarmGatewayResult CacheOff,
    LoadMeasurement Ceiling,
    WarmUpMeasurement CeilingWarmUp,
    double? CeilingPeakResidentMegabytes,
    double NaiveCallsPerQuery,
    double ResponseBytes,
    int ChangedResponses)
{
    public IReadOnlyList<WarmGatewayResult> Warm => [CacheOn, CacheOff];

    /// <summary>Every first request of a fresh gateway: the cold phase's first, then the later gateways' (already one measurement each).</summary>
    public LoadMeasurement FirstTouch => LoadMeasurement.Sequence(ColdFirst, LaterFirstTouches);

    public double ColdCallsPerQuery => Cold.Completed == 0 ? 0 : (double)ColdCalls / Cold.Completed;

    public int Errors => Cold.Errors + LaterFirstTouches.Errors + SettledCold.Measured.Errors + CacheOn.Load.Errors + CacheOff.Load.Errors + Ceiling.Errors;

    /// <summary>Failed queries while the servers warmed up: not in the measured phases, but a healthy run has none.</summary>
    public int WarmUpErrors => CacheOn.WarmUp.Errors + CacheOff.WarmUp.Errors + CeilingWarmUp.Errors;

    /// <summary>A warm gateway's throughput as a share of the ceiling's for the same bytes.</summary>
    public double RatioOf(WarmGatewayResult warm) => Ceiling.RequestsPerSecond > 0 ? warm.Load.RequestsPerSecond / Ceiling.RequestsPerSecond : 0;

    /// <summary>What an empty cache cannot beat: the upstream's latency once per dependent round.</summary>
    public double FloorMilliseconds(int upstreamLatencyMilliseconds) => (double)upstreamLatencyMilliseconds * DependentRounds;
}
