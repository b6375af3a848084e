namespace Gateway.Bench.Load;

/// <summary>Nearest-rank percentiles of latencies sorted ascending.</summary>
internal static class Percentiles
{
    /// <summary>The value below which <paramref name="percent"/>% of <paramref name="sorted"/> lie; 0 for none.</summary>
    public static double Of(double[] sorted, double percent)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
