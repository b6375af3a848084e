using Gateway.Bench.Load;
using Gateway.Bench.Processes;
using Gateway.Bench.Workload;

namespace Gateway.Bench.Scenarios;

/// <summary>Runs the mix once against a gateway with the simulator's counters zeroed before and read after.</summary>
internal sealed class PhaseRunner(SimulatorHost simulator, IReadOnlyList<GraphQLRequestBody> mix, BenchOptions options)
{
    private const int WarmUpRequests = 200;

    /// <summary>
    /// Warms a fresh gateway's HTTP and execution paths with queries that reach no upstream entity, so a cold phase
    /// measures an empty cache rather than the JIT. Its own upstream set-up (token, organization) stays in the cold phase.
    /// </summary>
    public async Task WarmUpAsync(GatewayHost gateway, CancellationToken cancellationToken)
    {
        var warmUp = Enumerable.Repeat(QueryMix.WarmUp(), WarmUpRequests).ToArray();
        var measured = await LoadRunner.RunAsync(gateway.Client, gateway.GraphQLEndpoint, warmUp, options.Concurrency, options.PhaseTimeout, cancellationToken)
            .ConfigureAwait(false);
        if (measured.Errors > 0)
        {
            throw new BenchmarkFailedException(
                $"{gateway.Process.Name} failed the warm-up ({string.Join("; ", measured.ErrorsByKind.Keys)}); its last output:\n{gateway.Process.RecentOutput()}");
        }
    }

    public async Task<PhaseResult> RunAsync(string scenario, string phase, GatewayHost gateway, RedisHost? redis, CancellationToken cancellationToken)
    {
        await simulator.ResetCallCountsAsync(cancellationToken).ConfigureAwait(false);
        var load = await LoadRunner.RunAsync(gateway.Client, gateway.GraphQLEndpoint, mix, options.Concurrency, options.PhaseTimeout, cancellationToken)
            .ConfigureAwait(false);
        var upstream = await simulator.ReadCallCountsAsync(cancellationToken).ConfigureAwait(false);
        var redisUsage = redis is null ? null : await redis.ReadUsageAsync(cancellationToken).ConfigureAwait(false);

        var result = new PhaseResult(scenario, phase, load, upstream, gateway.Process.PeakResidentMegabytes(), redisUsage);
        await Console.Error.WriteLineAsync(
            $"bench: {result.Label,-18} {load.Completed} queries in {load.Elapsed.TotalSeconds:0.0} s, {upstream.Total} upstream calls, {load.Errors} errors")
            .ConfigureAwait(false);
        return result;
    }
}
