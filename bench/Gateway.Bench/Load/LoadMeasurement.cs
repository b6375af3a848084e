namespace Gateway.Bench.Load;

/// <summary>
/// What one phase of load measured: queries completed, the wall time they took, their latencies in milliseconds
/// (ascending; also per operation of the mix), and the failures (a non-200 or a response with GraphQL errors) by kind.
/// </summary>
internal sealed record LoadMeasurement(
    int Completed,
    TimeSpan Elapsed,
    double[] LatenciesMilliseconds,
    IReadOnlyDictionary<string, double[]> LatenciesByOperation,
    int Errors,
    IReadOnlyDictionary<string, int> ErrorsByKind,
    bool StoppedByTimeLimit)
{
    public double RequestsPerSecond => Elapsed > TimeSpan.Zero ? Completed / Elapsed.TotalSeconds : 0;

    /// <summary>The latency below which <paramref name="percent"/>% of the queries finished.</summary>
    public double Percentile(double percent) => Percentiles.Of(LatenciesMilliseconds, percent);
}
