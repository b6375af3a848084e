namespace Gateway.Bench.Load;

/// <summary>
/// What a <see cref="SteadyWarmUp"/> saw: each one-second window's req/s, the time it took, whether the server was warm
/// before the time limit, and the failed queries (a healthy warm-up has none).
/// </summary>
internal sealed record WarmUpMeasurement(IReadOnlyList<double> WindowRates, TimeSpan Elapsed, bool Settled, int Errors)
{
    /// <summary>The first second of load on the process: what a fresh instance serves while its code is still being compiled.</summary>
    public double FirstWindowRequestsPerSecond => WindowRates.Count > 0 ? WindowRates[0] : 0;
}
