using Gateway.Bench.Load;
using Gateway.Bench.Processes;
using Gateway.Bench.Workload;

namespace Gateway.Bench.Scenarios;

/// <summary>Runs the mix once against a gateway with the simulator's counters zeroed before and read after.</summary>
internal sealed class PhaseRunner(SimulatorHost simulator, IReadOnlyList<GraphQLRequestBody> mix, BenchOptions options)
{
    private const int WarmUpRequests = 200;

    // Enough of the cycled mix for a warm phase at the ceiling's rate; the phase's time limit is what ends it.
    private const int MaxRequestsPerWarmPhase = 500_000;

    private IReadOnlyList<GraphQLRequestBody>? _cycledMix;

    /// <summary>
    /// Warms a fresh gateway's HTTP and execution paths with queries that reach no upstream entity, so a cold phase
    /// measures an empty cache rather than the JIT. Its own upstream set-up (token, organization) stays in the cold phase.
    /// </summary>
    /// <summary>How many queries the mix holds (the slots of a capture of it).</summary>
    public int MixCount => mix.Count;

    public async Task WarmUpAsync(GatewayHost gateway, CancellationToken cancellationToken)
    {
        var warmUp = Enumerable.Repeat(QueryMix.WarmUp(), WarmUpRequests).ToArray();
        var measured = await LoadRunner.RunAsync(gateway.Client, gateway.GraphQLEndpoint, warmUp, options.Concurrency, options.PhaseTimeout, cancellationToken)
            .ConfigureAwait(false);
        // Only a gateway that cannot answer stops the run here; a stray failure shows again, counted, in the phases.
        if (measured.Errors > measured.Completed / 2)
        {
            throw new BenchmarkFailedException(
                $"{gateway.Process.Name} failed the warm-up ({string.Join("; ", measured.ErrorsByKind.Keys)}); its last output:\n{gateway.Process.RecentOutput()}");
        }
    }

    /// <summary>Runs the mix once and reports nothing: it warms the processes that outlive a scenario.</summary>
    public async Task RunUnreportedAsync(GatewayHost gateway, CancellationToken cancellationToken)
    {
        var load = await LoadRunner.RunAsync(gateway.Client, gateway.GraphQLEndpoint, mix, options.Concurrency, options.PhaseTimeout, cancellationToken)
            .ConfigureAwait(false);
        await simulator.ResetCallCountsAsync(cancellationToken).ConfigureAwait(false);
        await Console.Error.WriteLineAsync($"bench: warm-up            {load.Completed} queries in {load.Elapsed.TotalSeconds:0.0} s (not reported)").ConfigureAwait(false);
    }

    /// <summary>
    /// A warm phase: first the mix cycled over the cache the cold phase filled, in one-second windows, until the gateway
    /// is warm (<see cref="SteadyWarmUp"/>; with <paramref name="capture"/>, keeping its answers), unreported; then the
    /// mix cycled for the ceiling's phase time, measured. So it measures the settled process, as the ceiling's warm rows
    /// do, not the tiered JIT still compiling, on one of the two cores, what the cold phase ran first; and its p99 is
    /// over seconds of load, not over the 2,000 queries of the cold phase, which a warm gateway answers in about 0.1 s.
    /// </summary>
    public async Task<PhaseResult> RunWarmAsync(
        string scenario, string phase, GatewayHost gateway, RedisHost? redis, CancellationToken cancellationToken, ResponseCapture? capture = null)
    {
        _cycledMix ??= [.. Enumerable.Range(0, MaxRequestsPerWarmPhase).Select(i => mix[i % mix.Count])];
        var warmUp = await SteadyWarmUp.RunAsync(
            window => LoadRunner.RunAsync(gateway.Client, gateway.GraphQLEndpoint, _cycledMix, options.Concurrency, window, cancellationToken, capture),
            gateway.Process.CompiledCodeEntries,
            options.WarmUpLimit).ConfigureAwait(false);
        return await MeasureAsync(scenario, phase, gateway, redis, _cycledMix, options.CeilingPhaseTime, warmUp, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the mix once, measured: a cold phase.</summary>
    public Task<PhaseResult> RunAsync(string scenario, string phase, GatewayHost gateway, RedisHost? redis, CancellationToken cancellationToken)
        => MeasureAsync(scenario, phase, gateway, redis, mix, options.PhaseTimeout, settledBy: null, cancellationToken);

    private async Task<PhaseResult> MeasureAsync(
        string scenario,
        string phase,
        GatewayHost gateway,
        RedisHost? redis,
        IReadOnlyList<GraphQLRequestBody> requests,
        TimeSpan limit,
        WarmUpMeasurement? settledBy,
        CancellationToken cancellationToken)
    {
        await simulator.ResetCallCountsAsync(cancellationToken).ConfigureAwait(false);
        var load = await LoadRunner.RunAsync(gateway.Client, gateway.GraphQLEndpoint, requests, options.Concurrency, limit, cancellationToken).ConfigureAwait(false);
        var upstream = await simulator.ReadCallCountsAsync(cancellationToken).ConfigureAwait(false);
        var redisUsage = redis is null ? null : await redis.ReadUsageAsync(cancellationToken).ConfigureAwait(false);

        var result = new PhaseResult(scenario, phase, load, upstream, gateway.Process.PeakResidentMegabytes(), redisUsage, settledBy);
        await Console.Error.WriteLineAsync(
            $"bench: {result.Label,-18} {load.Completed} queries in {load.Elapsed.TotalSeconds:0.0} s, {upstream.Total} upstream calls, {load.Errors} errors")
            .ConfigureAwait(false);
        return result;
    }
}
