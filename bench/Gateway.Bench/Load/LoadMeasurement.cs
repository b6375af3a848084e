namespace Gateway.Bench.Load;

/// <summary>
/// What one phase of load measured: queries completed, the wall time they took, each one's latency in
/// milliseconds (ascending), and the failures (a non-200 or a response with GraphQL errors) by kind.
/// </summary>
internal sealed record LoadMeasurement(
    int Completed,
    TimeSpan Elapsed,
    double[] LatenciesMilliseconds,
    int Errors,
    IReadOnlyDictionary<string, int> ErrorsByKind,
    bool StoppedByTimeLimit)
{
    public double RequestsPerSecond => Elapsed > TimeSpan.Zero ? Completed / Elapsed.TotalSeconds : 0;

    /// <summary>The latency below which <paramref name="percent"/>% of the queries finished (nearest rank).</summary>
    public double Percentile(double percent)
    {
        if (LatenciesMilliseconds.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(percent / 100 * LatenciesMilliseconds.Length);
        return LatenciesMilliseconds[Math.Clamp(rank - 1, 0, LatenciesMilliseconds.Length - 1)];
    }
}
