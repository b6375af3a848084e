namespace Gateway.Bench.Load;

/// <summary>
/// Load in one-second windows until the server is warm: it compiled at most <see cref="MaxCompiledPerWindow"/> more
/// methods in the last window, and that window's rate is within <see cref="Tolerance"/> of the one before; or the time
/// limit passed. A fresh .NET process runs its hot code unoptimized first, then instrumented, and only then fully
/// optimized (tiered compilation with dynamic PGO). Under load on two cores a fresh gateway executing queries took
/// about 10 s to get there, on a plateau at an eighth of its later throughput meanwhile, so the rate alone cannot tell
/// (a fixed 2 s warm-up measured that phase instead of the server). The first window's rate is kept: the report still
/// shows what a fresh process serves.
/// </summary>
internal static class SteadyWarmUp
{
    public const double Tolerance = 0.10;
    public const int MaxCompiledPerWindow = 50;

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Runs <paramref name="window"/> (one window of load for the time given) until the server is warm or
    /// <paramref name="limit"/> passed; <paramref name="compiledCode"/> reads the server's compiled-code count (null: unknown).
    /// </summary>
    public static async Task<WarmUpMeasurement> RunAsync(Func<TimeSpan, Task<LoadMeasurement>> window, Func<long?> compiledCode, TimeSpan limit)
    {
        // Only the windows' rates, time and errors are kept: their latencies are not reported.
        var rates = new List<double>();
        var elapsed = TimeSpan.Zero;
        var errors = 0;
        var compiledBefore = compiledCode();
        while (true)
        {
            var load = await window(Window).ConfigureAwait(false);
            var compiled = compiledCode();
            rates.Add(load.RequestsPerSecond);
            elapsed += load.Elapsed;
            errors += load.Errors;
            var quiet = compiled is null || compiledBefore is null || compiled - compiledBefore <= MaxCompiledPerWindow;
            var settled = quiet && rates.Count >= 2 && Close(rates[^1], rates[^2]);
            if (settled || elapsed >= limit)
            {
                return new WarmUpMeasurement(rates, elapsed, settled, errors);
            }

            compiledBefore = compiled;
        }
    }

    private static bool Close(double last, double before) => before > 0 && Math.Abs(last - before) <= Tolerance * before;
}
