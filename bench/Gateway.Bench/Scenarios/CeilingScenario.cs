using System.Diagnostics;
using Gateway.Bench.Ceiling;
using Gateway.Bench.Load;
using Gateway.Bench.Processes;
using Gateway.Bench.Workload;

namespace Gateway.Bench.Scenarios;

/// <summary>
/// The gateway against its ceiling, query by query, each server measured alone (the others stopped or not yet started):
/// <list type="number">
/// <item>A fresh memory-only gateway, response cache on (its default): cold, each distinct request once, one at a time
/// (what an empty cache costs, call by call); a warm-up until it is warm (<see cref="SteadyWarmUp"/>) that captures its
/// answers; the measured warm phase.</item>
/// <item>A fresh gateway with <c>ResponseCache__Enabled=false</c>: its first request alone, the same warm-up and
/// measured warm phase. It and the gateways below use a second simulator (same seed, same latency) whose request log is
/// traced: the longest chain of calls each first request waited for (<see cref="CallChain"/>), and the upstream's own
/// time on it (<see cref="CallChain.Of"/>). The cold phase stays on the untraced one: the log's lines cost
/// the shared CPU.</item>
/// <item>More fresh gateways (up to <c>--first-touch</c> in all) answering one distinct request each: the first request
/// of an empty gateway is the only one no earlier request has fetched entities for. These use a second simulator
/// (same seed, same latency) whose request log is traced: the longest chain of calls each request waited for
/// (<see cref="CallChain"/>).</item>
/// <item>A ceiling process serving exactly the captured bytes: the same warm-up and measured phase.</item>
/// </list>
/// Before its first measured request, each gateway asks for a contact that does not exist, so its one-off token and
/// organization look-up are not in any measured latency.
/// </summary>
internal sealed class CeilingScenario(
    BenchOptions options,
    RepositoryLayout layout,
    ChildProcessRegistry registry,
    SimulatorHost simulator,
    SimulatorHost tracedSimulator,
    UpstreamCallTrace trace,
    Func<string, SimulatorHost, IReadOnlyDictionary<string, string>?, CancellationToken, Task<GatewayHost>> startGateway)
{
    // Enough for the ceiling's rate over a phase; the phase's time limit is what ends it.
    private const int MaxRequestsPerPhase = 500_000;

    // The gateway reads ResponseCache:Enabled (default true); before the response cache exists it ignores the key.
    private const string ResponseCacheSwitch = "ResponseCache__Enabled";

    // An id no simulator entity has: the look-up needs the token and the organization, and caches nothing a query reads.
    private const string PrimeDocument = """query Prime { externalContact(id: "00000000-0000-0000-0000-000000000000") { id } }""";

    private static readonly TimeSpan TraceWait = TimeSpan.FromSeconds(5);
    private static readonly HashSet<string> SetUpRoutes = new(StringComparer.Ordinal) { "POST /oauth/token", "GET /api/v2/organizations/me" };
    private static readonly Dictionary<string, string> ResponseCacheOff = new(StringComparer.Ordinal) { [ResponseCacheSwitch] = "false" };

    public async Task RunAsync(WorkingSet set, BenchmarkReport report, CancellationToken cancellationToken)
    {
        foreach (var query in CeilingQuery.Create(set))
        {
            report.Add(await MeasureAsync(query, cancellationToken).ConfigureAwait(false));
        }
    }

    private async Task<CeilingResult> MeasureAsync(CeilingQuery query, CancellationToken cancellationToken)
    {
        var distinct = query.Requests;
        var capture = new ResponseCapture(distinct.Count);
        LoadMeasurement cold, first;
        long firstColdCalls, coldCalls;
        WarmGatewayResult cacheOn, cacheOff;

        await using (var gateway = await StartPrimedAsync($"gateway (ceiling: {query.Label}, response cache on)", simulator, null, cancellationToken).ConfigureAwait(false))
        {
            // Cold: the first request alone (its calls, less any token or organization look-up), then the rest.
            await simulator.ResetCallCountsAsync(cancellationToken).ConfigureAwait(false);
            first = await RunAsync(gateway, distinct.Take(1).ToArray(), 1, options.PhaseTimeout, null, cancellationToken).ConfigureAwait(false);
            firstColdCalls = WithoutSetUp(await simulator.ReadCallCountsAsync(cancellationToken).ConfigureAwait(false));
            var rest = await RunAsync(gateway, distinct.Skip(1).ToArray(), 1, options.PhaseTimeout, null, cancellationToken).ConfigureAwait(false);
            cold = LoadMeasurement.Sequence(first, rest);
            coldCalls = WithoutSetUp(await simulator.ReadCallCountsAsync(cancellationToken).ConfigureAwait(false));

            cacheOn = await MeasureWarmAsync(gateway, simulator, query, responseCache: true, capture, cancellationToken).ConfigureAwait(false);
        }

        // The first requests of the later gateways, on the traced simulator: their chains, the upstream's own time on
        // them, and what each request took beyond it.
        var touches = new TracedRequests();
        async Task<LoadMeasurement> TouchAsync(GatewayHost gateway, GraphQLRequestBody request, TracedRequests traced)
        {
            await tracedSimulator.ResetCallCountsAsync(cancellationToken).ConfigureAwait(false);
            trace.Clear();
            var touch = await RunAsync(gateway, [request], 1, options.PhaseTimeout, null, cancellationToken).ConfigureAwait(false);
            if (touch.Completed == 1 && touch.Errors == 0 && await TracedCallsAsync(cancellationToken).ConfigureAwait(false) is { Count: > 0 } calls)
            {
                traced.Add(CallChain.Of(calls, ChainTolerance), touch.Percentile(100));
            }

            return touch;
        }

        // Then, on that gateway once warm, cold requests over ids it never asked: an empty cache in a settled process.
        LoadMeasurement laterFirstTouches;
        var settledCold = new TracedRequests();
        await using (var gateway = await StartPrimedAsync($"gateway (ceiling: {query.Label}, response cache off, traced)", tracedSimulator, ResponseCacheOff, cancellationToken).ConfigureAwait(false))
        {
            laterFirstTouches = await TouchAsync(gateway, distinct[1 % distinct.Count], touches).ConfigureAwait(false);
            cacheOff = await MeasureWarmAsync(gateway, tracedSimulator, query, responseCache: false, capture: null, cancellationToken).ConfigureAwait(false);
            foreach (var request in query.FreshRequests)
            {
                settledCold.Measured = LoadMeasurement.Sequence(settledCold.Measured, await TouchAsync(gateway, request, settledCold).ConfigureAwait(false));
            }
        }

        // A query that touches no upstream entity has no first-touch cost worth a gateway start.
        var moreGateways = query.DependentRounds > 0 ? options.FirstTouchGateways - 2 : 0;
        for (var i = 0; i < moreGateways; i++)
        {
            await using var gateway = await StartPrimedAsync($"gateway (ceiling: {query.Label}, first touch {i + 3}, traced)", tracedSimulator, null, cancellationToken)
                .ConfigureAwait(false);
            laterFirstTouches = LoadMeasurement.Sequence(laterFirstTouches, await TouchAsync(gateway, distinct[(i + 2) % distinct.Count], touches).ConfigureAwait(false));
        }

        var captured = new List<CapturedResponse>(distinct.Count);
        for (var i = 0; i < distinct.Count; i++)
        {
            var answer = capture.Get(i) ?? throw new BenchmarkFailedException($"the gateway never answered request {i} of '{query.Label}' in its warm-up");
            captured.Add(new CapturedResponse(distinct[i].Json, answer.Body, answer.ContentType));
        }

        LoadMeasurement ceilingLoad;
        WarmUpMeasurement ceilingWarmUp;
        double? ceilingMemory;
        await using (var ceiling = await CeilingHost.StartAsync(layout, captured, options.Concurrency, registry, cancellationToken).ConfigureAwait(false))
        {
            ceilingWarmUp = await SteadyWarmUp.RunAsync(
                window => LoadRunner.RunAsync(ceiling.Client, ceiling.GraphQLEndpoint, query.Cycle(MaxRequestsPerPhase), options.Concurrency, window, cancellationToken),
                ceiling.Process.CompiledCodeEntries,
                options.WarmUpLimit).ConfigureAwait(false);
            ceilingLoad = await LoadRunner.RunAsync(ceiling.Client, ceiling.GraphQLEndpoint, query.Cycle(MaxRequestsPerPhase), options.Concurrency, options.CeilingPhaseTime, cancellationToken)
                .ConfigureAwait(false);
            ceilingMemory = ceiling.Process.PeakResidentMegabytes();
        }

        var result = new CeilingResult(
            query.Label,
            distinct.Count,
            query.DependentRounds,
            touches.Chains,
            cold,
            first,
            firstColdCalls,
            coldCalls,
            touches.UpstreamMilliseconds,
            touches.OverheadMilliseconds,
            laterFirstTouches,
            settledCold,
            cacheOn,
            cacheOff,
            ceilingLoad,
            ceilingWarmUp,
            ceilingMemory,
            captured.Average(c => NaiveClientCalls.Count(c.Response)),
            captured.Average(c => c.Response.Length),
            capture.Changed);
        await Console.Error.WriteLineAsync(
            $"bench: ceiling {query.Label,-26} ceiling {ceilingLoad.RequestsPerSecond:0} req/s; cache on {cacheOn.Load.RequestsPerSecond:0} req/s ({result.RatioOf(cacheOn):P1}), "
            + $"cache off {cacheOff.Load.RequestsPerSecond:0} req/s ({result.RatioOf(cacheOff):P1}); {result.Errors} errors")
            .ConfigureAwait(false);
        return result;
    }

    /// <summary>The warm-up until the gateway is warm (capturing the answers when asked), then the measured warm phase and the upstream calls it made.</summary>
    private async Task<WarmGatewayResult> MeasureWarmAsync(
        GatewayHost gateway, SimulatorHost upstream, CeilingQuery query, bool responseCache, ResponseCapture? capture, CancellationToken cancellationToken)
    {
        var warmUp = await SteadyWarmUp.RunAsync(
            window => RunAsync(gateway, query.Cycle(MaxRequestsPerPhase), options.Concurrency, window, capture, cancellationToken),
            gateway.Process.CompiledCodeEntries,
            options.WarmUpLimit).ConfigureAwait(false);
        await upstream.ResetCallCountsAsync(cancellationToken).ConfigureAwait(false);
        var load = await RunAsync(gateway, query.Cycle(MaxRequestsPerPhase), options.Concurrency, options.CeilingPhaseTime, null, cancellationToken).ConfigureAwait(false);
        var calls = (await upstream.ReadCallCountsAsync(cancellationToken).ConfigureAwait(false)).Total;
        return new WarmGatewayResult(responseCache, warmUp, load, calls, gateway.Process.PeakResidentMegabytes());
    }

    /// <summary>Calls last the latency; a call sent on another's answer starts within microseconds of its logged end.</summary>
    private TimeSpan ChainTolerance => TimeSpan.FromMilliseconds(Math.Min(2, options.UpstreamLatencyMilliseconds / 4.0));

    /// <summary>The traced simulator's calls since its counters were reset; null when its log never showed them all.</summary>
    private async Task<IReadOnlyList<UpstreamCall>?> TracedCallsAsync(CancellationToken cancellationToken)
    {
        var expected = (await tracedSimulator.ReadCallCountsAsync(cancellationToken).ConfigureAwait(false)).Total;

        // The log reaches us through the simulator's console queue and a pipe, a little after the answers did.
        var waited = Stopwatch.StartNew();
        while (trace.Count < expected && waited.Elapsed < TraceWait)
        {
            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }

        return trace.Count == expected ? trace.Snapshot() : null;
    }

    private async Task<GatewayHost> StartPrimedAsync(string name, SimulatorHost upstream, IReadOnlyDictionary<string, string>? settings, CancellationToken cancellationToken)
    {
        var gateway = await startGateway(name, upstream, settings, cancellationToken).ConfigureAwait(false);
        try
        {
            // Its answer (null, or a not-found error) does not matter: only that the look-ups behind it are done.
            await RunAsync(gateway, [QueryMix.Body("Prime", PrimeDocument, null)], 1, options.PhaseTimeout, null, cancellationToken).ConfigureAwait(false);
            return gateway;
        }
        catch
        {
            await gateway.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static long WithoutSetUp(GenesysCloud.Simulator.CallCountsResponse counts) => counts.Total - counts.Calls.Where(c => SetUpRoutes.Contains(c.Key)).Sum(c => c.Value);

    private static Task<LoadMeasurement> RunAsync(
        GatewayHost gateway, IReadOnlyList<GraphQLRequestBody> requests, int concurrency, TimeSpan limit, ResponseCapture? capture, CancellationToken cancellationToken)
        => requests.Count == 0
            ? Task.FromResult(LoadMeasurement.None)
            : LoadRunner.RunAsync(gateway.Client, gateway.GraphQLEndpoint, requests, concurrency, limit, cancellationToken, capture);
}
