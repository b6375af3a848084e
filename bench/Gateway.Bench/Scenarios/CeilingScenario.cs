using Gateway.Bench.Ceiling;
using Gateway.Bench.Load;
using Gateway.Bench.Processes;
using Gateway.Bench.Workload;

namespace Gateway.Bench.Scenarios;

/// <summary>
/// The gateway against its ceiling, query by query. For each, a fresh memory-only gateway: cold, each distinct
/// request once, one at a time (what an empty cache costs, call by call); a warm-up that captures its answers;
/// the measured warm phase. Then a ceiling process serving exactly those captured bytes: the same warm-up and
/// measured phase. Only the measured server works during its phase (the other is stopped or not yet started).
/// </summary>
internal sealed class CeilingScenario(
    BenchOptions options,
    RepositoryLayout layout,
    ChildProcessRegistry registry,
    SimulatorHost simulator,
    Func<string, CancellationToken, Task<GatewayHost>> startGateway)
{
    // Enough for the ceiling's rate over a phase; the phase's time limit is what ends it.
    private const int MaxRequestsPerPhase = 500_000;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(2);
    private static readonly HashSet<string> SetUpRoutes = new(StringComparer.Ordinal) { "POST /oauth/token", "GET /api/v2/organizations/me" };

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
        LoadMeasurement cold, gatewayLoad;
        long firstColdCalls, coldCalls, warmCalls;
        double? gatewayMemory;

        await using (var gateway = await startGateway($"gateway (ceiling: {query.Label})", cancellationToken).ConfigureAwait(false))
        {
            // Cold: the first request alone (its calls, less the gateway's one-off token and organization look-up), then the rest.
            await simulator.ResetCallCountsAsync(cancellationToken).ConfigureAwait(false);
            var first = await RunAsync(gateway.Client, gateway.GraphQLEndpoint, distinct.Take(1).ToArray(), 1, options.PhaseTimeout, null, cancellationToken).ConfigureAwait(false);
            var afterFirst = await simulator.ReadCallCountsAsync(cancellationToken).ConfigureAwait(false);
            firstColdCalls = afterFirst.Total - afterFirst.Calls.Where(c => SetUpRoutes.Contains(c.Key)).Sum(c => c.Value);
            var rest = await RunAsync(gateway.Client, gateway.GraphQLEndpoint, distinct.Skip(1).ToArray(), 1, options.PhaseTimeout, null, cancellationToken).ConfigureAwait(false);
            cold = LoadMeasurement.Sequence(first, rest);
            var afterCold = await simulator.ReadCallCountsAsync(cancellationToken).ConfigureAwait(false);
            coldCalls = afterCold.Total - afterCold.Calls.Where(c => SetUpRoutes.Contains(c.Key)).Sum(c => c.Value);

            await RunAsync(gateway.Client, gateway.GraphQLEndpoint, query.Cycle(MaxRequestsPerPhase), options.Concurrency, WarmUpTime, capture, cancellationToken).ConfigureAwait(false);

            await simulator.ResetCallCountsAsync(cancellationToken).ConfigureAwait(false);
            gatewayLoad = await RunAsync(gateway.Client, gateway.GraphQLEndpoint, query.Cycle(MaxRequestsPerPhase), options.Concurrency, options.CeilingPhaseTime, null, cancellationToken)
                .ConfigureAwait(false);
            warmCalls = (await simulator.ReadCallCountsAsync(cancellationToken).ConfigureAwait(false)).Total;
            gatewayMemory = gateway.Process.PeakResidentMegabytes();
        }

        var captured = new List<CapturedResponse>(distinct.Count);
        for (var i = 0; i < distinct.Count; i++)
        {
            var answer = capture.Get(i) ?? throw new BenchmarkFailedException($"the gateway never answered request {i} of '{query.Label}' in its warm-up");
            captured.Add(new CapturedResponse(distinct[i].Json, answer.Body, answer.ContentType));
        }

        LoadMeasurement ceilingLoad;
        double? ceilingMemory;
        await using (var ceiling = await CeilingHost.StartAsync(layout, captured, options.Concurrency, registry, cancellationToken).ConfigureAwait(false))
        {
            await RunAsync(ceiling.Client, ceiling.GraphQLEndpoint, query.Cycle(MaxRequestsPerPhase), options.Concurrency, WarmUpTime, null, cancellationToken).ConfigureAwait(false);
            ceilingLoad = await RunAsync(ceiling.Client, ceiling.GraphQLEndpoint, query.Cycle(MaxRequestsPerPhase), options.Concurrency, options.CeilingPhaseTime, null, cancellationToken)
                .ConfigureAwait(false);
            ceilingMemory = ceiling.Process.PeakResidentMegabytes();
        }

        var result = new CeilingResult(
            query.Label,
            distinct.Count,
            cold,
            firstColdCalls,
            coldCalls,
            gatewayLoad,
            warmCalls,
            gatewayMemory,
            ceilingLoad,
            ceilingMemory,
            captured.Average(c => NaiveClientCalls.Count(c.Response)),
            captured.Average(c => c.Response.Length),
            capture.Changed);
        await Console.Error.WriteLineAsync(
            $"bench: ceiling {query.Label,-26} gateway {gatewayLoad.RequestsPerSecond:0} req/s, ceiling {ceilingLoad.RequestsPerSecond:0} req/s, ratio {result.Ratio:P1}, {result.Errors} errors")
            .ConfigureAwait(false);
        return result;
    }

    private static Task<LoadMeasurement> RunAsync(
        HttpClient client, Uri endpoint, IReadOnlyList<GraphQLRequestBody> requests, int concurrency, TimeSpan limit, ResponseCapture? capture, CancellationToken cancellationToken)
        => requests.Count == 0
            ? Task.FromResult(new LoadMeasurement(0, TimeSpan.Zero, [], new Dictionary<string, double[]>(), 0, new Dictionary<string, int>(), false))
            : LoadRunner.RunAsync(client, endpoint, requests, concurrency, limit, cancellationToken, capture);
}
