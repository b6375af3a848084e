using Gateway.Bench.Load;
using Gateway.Bench.Processes;
using Gateway.Bench.Workload;

namespace Gateway.Bench.Scenarios;

/// <summary>
/// The scenarios, in order, over one simulator:
/// <list type="bullet">
/// <item><c>memory</c>: one gateway, memory cache only; the mix cold (fresh gateway), then warm (the same mix again).</item>
/// <item><c>redis</c>: the same with Redis as second-level cache, on an empty Redis.</item>
/// <item><c>two-instance</c>: gateways A and B on one empty Redis; A runs the mix, then B runs it with nothing in its
/// own memory, so what B does not ask the upstream for it read from Redis; then B again, warm.</item>
/// <item><c>ceiling</c>: issue 14's queries on fresh memory-only gateways, response cache on and off, each against a
/// process serving the gateway's own answer bytes with no work (<see cref="CeilingScenario"/>).</item>
/// </list>
/// <c>--scenarios</c> picks some of them; they run in this order.
/// Every gateway and Redis is fresh for its scenario and stopped at its end. Before the first, a throw-away gateway runs
/// the mix once so the simulator and the runner are compiled and warm for every scenario alike.
/// </summary>
internal sealed class BenchmarkRun(BenchOptions options, RepositoryLayout layout, ChildProcessRegistry registry)
{
    public async Task<BenchmarkReport> RunAsync(CancellationToken cancellationToken)
    {
        var report = new BenchmarkReport(options);
        var workingSet = WorkingSet.Create(options.WorkingSetSize, options.MixSeed);
        var mix = QueryMix.Create(workingSet, options.RequestsPerPhase, options.MixSeed);

        await using var simulator = await SimulatorHost.StartAsync(layout, options.UpstreamLatencyMilliseconds, registry, cancellationToken).ConfigureAwait(false);
        await SimulatorWarmUp.RunAsync(simulator, workingSet, cancellationToken).ConfigureAwait(false);
        var phases = new PhaseRunner(simulator, mix, options);
        await WarmUpSharedProcessesAsync(simulator, phases, cancellationToken).ConfigureAwait(false);

        if (options.Runs("memory"))
        {
            await RunSingleGatewayAsync("memory", simulator, phases, redisServer: null, report, cancellationToken).ConfigureAwait(false);
        }

        var wantsRedis = options.Runs("redis") || options.Runs("two-instance");
        var redisServer = options.SkipRedis || !wantsRedis ? null : ExecutableSearch.Find("redis-server");
        if (options.SkipRedis && wantsRedis)
        {
            report.Note("Redis scenarios skipped (--no-redis).");
        }
        else if (wantsRedis && redisServer is null)
        {
            report.Note("Redis scenarios skipped: redis-server is not on PATH (Debian: apt-get install redis-server).");
            await Console.Error.WriteLineAsync("bench: redis-server not found on PATH: skipping the Redis scenarios").ConfigureAwait(false);
        }
        else if (redisServer is not null)
        {
            if (options.Runs("redis"))
            {
                await RunSingleGatewayAsync("redis", simulator, phases, redisServer, report, cancellationToken).ConfigureAwait(false);
            }

            if (options.Runs("two-instance"))
            {
                await RunTwoInstancesAsync(simulator, phases, redisServer, report, cancellationToken).ConfigureAwait(false);
            }
        }

        if (options.Runs("ceiling"))
        {
            // A second simulator, same seed and latency, with its request log traced: the first-touch requests' rounds.
            var trace = new UpstreamCallTrace();
            await using var traced = await SimulatorHost.StartAsync(layout, options.UpstreamLatencyMilliseconds, registry, cancellationToken, trace: trace).ConfigureAwait(false);
            await SimulatorWarmUp.RunAsync(traced, workingSet, cancellationToken).ConfigureAwait(false);
            var ceiling = new CeilingScenario(
                options, layout, registry, simulator, traced, trace, (name, upstream, settings, token) => StartGatewayAsync(name, upstream, redis: null, phases, token, settings));
            await ceiling.RunAsync(workingSet, report, cancellationToken).ConfigureAwait(false);
        }

        return report;
    }

    /// <summary>
    /// Runs the mix once through a throw-away gateway, unreported: the simulator and this runner live through every
    /// scenario, and their code would otherwise still be compiling (tiered JIT) during the first one only.
    /// </summary>
    private async Task WarmUpSharedProcessesAsync(SimulatorHost simulator, PhaseRunner phases, CancellationToken cancellationToken)
    {
        await using var gateway = await StartGatewayAsync("gateway (warm-up)", simulator, redis: null, phases, cancellationToken).ConfigureAwait(false);
        await phases.RunUnreportedAsync(gateway, cancellationToken).ConfigureAwait(false);
    }

    private async Task RunSingleGatewayAsync(
        string scenario, SimulatorHost simulator, PhaseRunner phases, string? redisServer, BenchmarkReport report, CancellationToken cancellationToken)
    {
        await using var redis = redisServer is null ? null : await RedisHost.StartAsync(redisServer, registry, cancellationToken).ConfigureAwait(false);
        await using var gateway = await StartGatewayAsync($"gateway ({scenario})", simulator, redis, phases, cancellationToken).ConfigureAwait(false);

        report.Add(await phases.RunAsync(scenario, "cold", gateway, redis, cancellationToken).ConfigureAwait(false));

        // The memory scenario's warm answers are the mix's own: what a naive client would have called for them.
        var capture = redis is null ? new ResponseCapture(phases.MixCount) : null;
        report.Add(await phases.RunWarmAsync(scenario, "warm", gateway, redis, cancellationToken, capture).ConfigureAwait(false));
        if (capture is not null)
        {
            var naive = Enumerable.Range(0, capture.Slots).Select(capture.Get).OfType<(byte[] Body, string ContentType)>().Select(a => NaiveClientCalls.Count(a.Body)).ToList();
            report.MixNaiveCallsPerQuery = naive.Count > 0 ? naive.Average() : null;
        }

        NoteLogProblems(gateway, report);
        if (gateway.StartupPeakResidentMegabytes is { } startup)
        {
            report.Note(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{gateway.Process.Name} peaked at {startup:0} MB RSS while it started (its warm-up's throw-away copy included); every rssMB counts from when a gateway was ready."));
        }
    }

    private async Task RunTwoInstancesAsync(
        SimulatorHost simulator, PhaseRunner phases, string redisServer, BenchmarkReport report, CancellationToken cancellationToken)
    {
        const string Scenario = "two-instance";
        await using var redis = await RedisHost.StartAsync(redisServer, registry, cancellationToken).ConfigureAwait(false);

        // Both start before either runs, so B's start-up is not inside A's phase and B's backplane is listening throughout.
        await using var gatewayA = await StartGatewayAsync("gateway A", simulator, redis, phases, cancellationToken).ConfigureAwait(false);
        await using var gatewayB = await StartGatewayAsync("gateway B", simulator, redis, phases, cancellationToken).ConfigureAwait(false);

        report.Add(await phases.RunAsync(Scenario, "A cold", gatewayA, redis, cancellationToken).ConfigureAwait(false));
        report.Add(await phases.RunAsync(Scenario, "B cold", gatewayB, redis, cancellationToken).ConfigureAwait(false));
        report.Add(await phases.RunWarmAsync(Scenario, "B warm", gatewayB, redis, cancellationToken).ConfigureAwait(false));
        NoteLogProblems(gatewayA, report);
        NoteLogProblems(gatewayB, report);
    }

    private async Task<GatewayHost> StartGatewayAsync(
        string name, SimulatorHost simulator, RedisHost? redis, PhaseRunner phases, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? settings = null)
    {
        var gateway = await GatewayHost.StartAsync(name, layout, simulator, redis, options.Concurrency, registry, cancellationToken, settings).ConfigureAwait(false);
        try
        {
            await phases.WarmUpAsync(gateway, cancellationToken).ConfigureAwait(false);
            return gateway;
        }
        catch
        {
            await gateway.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static void NoteLogProblems(GatewayHost gateway, BenchmarkReport report)
    {
        var process = gateway.Process;
        if (process.ProblemCount > 0)
        {
            report.Note($"{process.Name} logged {process.ProblemCount} warning(s) or error(s): {string.Join(" | ", process.DescribeProblems())}");
        }
    }
}
