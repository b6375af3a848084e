using GenesysCloud.Simulator.Hosting;

namespace GenesysCloud.Simulator.Counting;

/// <summary>The call counter over HTTP, for benchmarks that run the simulator in its own process.</summary>
internal static class CallCounterEndpoints
{
    public static void MapCallCounterEndpoints(this IEndpointRouteBuilder control)
    {
        control.MapGet("/calls", (UpstreamCallCounter counter) =>
            TypedResults.Json(new CallCountsResponse(counter.Total, counter.Snapshot(), counter.IdsSnapshot()), SimulatorJsonContext.Default.CallCountsResponse));

        control.MapDelete("/calls", (UpstreamCallCounter counter) =>
        {
            counter.Reset();
            return TypedResults.NoContent();
        });
    }
}
