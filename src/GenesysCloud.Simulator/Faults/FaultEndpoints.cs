using System.Text.Json;
using GenesysCloud.Simulator.Hosting;

namespace GenesysCloud.Simulator.Faults;

/// <summary>Faults over HTTP, for benchmarks that run the simulator in its own process.</summary>
internal static class FaultEndpoints
{
    public static void MapFaultEndpoints(this IEndpointRouteBuilder control)
    {
        control.MapGet("/faults", (SimulatorFaults faults) => TypedResults.Json(Describe(faults), SimulatorJsonContext.Default.FaultsResponse));

        control.MapPost("/faults", async (HttpContext context, SimulatorFaults faults) =>
        {
            FaultRequest? request;
            try
            {
                request = await JsonSerializer.DeserializeAsync(context.Request.Body, SimulatorJsonContext.Default.FaultRequest, context.RequestAborted);
            }
            catch (JsonException exception)
            {
                return Results.BadRequest(exception.Message);
            }

            if (request is null)
            {
                return Results.BadRequest("A body is required.");
            }

            try
            {
                Apply(faults, request);
            }
            catch (ArgumentException exception)
            {
                return Results.BadRequest(exception.Message);
            }

            return TypedResults.Json(Describe(faults), SimulatorJsonContext.Default.FaultsResponse);
        });

        control.MapDelete("/faults", (SimulatorFaults faults) =>
        {
            faults.Reset();
            return TypedResults.NoContent();
        });
    }

    private static void Apply(SimulatorFaults faults, FaultRequest request)
    {
        if (request.Status is { } status)
        {
            faults.Fail(request.Route ?? SimulatorRoutes.Any, status, request.Times,
                request.RetryAfterSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
        }

        if (request.DelayMilliseconds is { } delay)
        {
            faults.Delay(request.Route ?? SimulatorRoutes.Any, TimeSpan.FromMilliseconds(delay));
        }

        if (request.LatencyMilliseconds is { } latency)
        {
            faults.Latency = TimeSpan.FromMilliseconds(Math.Max(0, latency));
        }

        if (request.LatencyJitterMilliseconds is { } jitter)
        {
            faults.LatencyJitter = TimeSpan.FromMilliseconds(Math.Max(0, jitter));
        }

        if (request.ErrorRate is { } rate)
        {
            faults.ErrorRate = rate;
        }

        if (request.RateLimitPerMinute is { } limit)
        {
            faults.RateLimitPerMinute = limit;
        }
    }

    private static FaultsResponse Describe(SimulatorFaults faults) => new(
        faults.Latency.TotalMilliseconds,
        faults.LatencyJitter.TotalMilliseconds,
        faults.ErrorRate,
        faults.RateLimitPerMinute,
        faults.Failures);
}
