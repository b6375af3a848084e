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
    /// <summary>No query at all: what a phase of no requests measured.</summary>
    public static LoadMeasurement None { get; } = new(0, TimeSpan.Zero, [], new Dictionary<string, double[]>(), 0, new Dictionary<string, int>(), false);

    public double RequestsPerSecond => Elapsed > TimeSpan.Zero ? Completed / Elapsed.TotalSeconds : 0;

    /// <summary>The latency below which <paramref name="percent"/>% of the queries finished.</summary>
    public double Percentile(double percent) => Percentiles.Of(LatenciesMilliseconds, percent);

    /// <summary>Two runs one after the other as one: completions, time, latencies and errors added up.</summary>
    public static LoadMeasurement Sequence(LoadMeasurement first, LoadMeasurement second)
    {
        var errorsByKind = new Dictionary<string, int>(first.ErrorsByKind, StringComparer.Ordinal);
        foreach (var (kind, count) in second.ErrorsByKind)
        {
            errorsByKind[kind] = errorsByKind.GetValueOrDefault(kind) + count;
        }

        var byOperation = first.LatenciesByOperation.Keys.Union(second.LatenciesByOperation.Keys, StringComparer.Ordinal).ToDictionary(
            operation => operation,
            operation => first.LatenciesByOperation.GetValueOrDefault(operation, []).Concat(second.LatenciesByOperation.GetValueOrDefault(operation, [])).Order().ToArray(),
            StringComparer.Ordinal);
        return new LoadMeasurement(
            first.Completed + second.Completed,
            first.Elapsed + second.Elapsed,
            [.. first.LatenciesMilliseconds.Concat(second.LatenciesMilliseconds).Order()],
            byOperation,
            first.Errors + second.Errors,
            errorsByKind,
            first.StoppedByTimeLimit || second.StoppedByTimeLimit);
    }
}
