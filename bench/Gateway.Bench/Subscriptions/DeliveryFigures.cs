using Gateway.Bench.Load;

namespace Gateway.Bench.Subscriptions;

/// <summary>
/// Deliveries of one phase (or one subscription field of it) against what its changes owed: expected, received
/// (distinct), lost, duplicates, and the latencies from the simulator's change to the client's receipt (ms, ascending).
/// </summary>
internal sealed record DeliveryFigures(int Changes, long Expected, long Received, long Duplicates, double[] LatenciesMilliseconds)
{
    public long Lost => Math.Max(0, Expected - Received);

    public double Percentile(double percent) => Percentiles.Of(LatenciesMilliseconds, percent);

    public double Max => LatenciesMilliseconds.Length == 0 ? 0 : LatenciesMilliseconds[^1];
}
