using Gateway.Bench.Load;

namespace Gateway.Bench.Scenarios;

/// <summary>
/// One query of the ceiling scenario: the gateway cold (each distinct request once, one at a time, on an empty cache)
/// and warm, the ceiling serving the warm answers' bytes, and the upstream calls a naive client would make instead.
/// </summary>
internal sealed record CeilingResult(
    string Query,
    int DistinctRequests,
    LoadMeasurement Cold,
    long FirstColdCalls,
    long ColdCalls,
    LoadMeasurement Gateway,
    long WarmCalls,
    double? GatewayPeakResidentMegabytes,
    LoadMeasurement Ceiling,
    double? CeilingPeakResidentMegabytes,
    double NaiveCallsPerQuery,
    double ResponseBytes,
    int ChangedResponses)
{
    /// <summary>The gateway's warm throughput as a share of the ceiling's for the same bytes.</summary>
    public double Ratio => Ceiling.RequestsPerSecond > 0 ? Gateway.RequestsPerSecond / Ceiling.RequestsPerSecond : 0;

    public double ColdCallsPerQuery => Cold.Completed == 0 ? 0 : (double)ColdCalls / Cold.Completed;

    public double WarmCallsPerQuery => Gateway.Completed == 0 ? 0 : (double)WarmCalls / Gateway.Completed;

    public int Errors => Cold.Errors + Gateway.Errors + Ceiling.Errors;
}
