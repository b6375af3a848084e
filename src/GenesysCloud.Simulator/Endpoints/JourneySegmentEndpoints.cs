using GenesysCloud.Models;
using GenesysCloud.Simulator.Auth;
using GenesysCloud.Simulator.Errors;
using GenesysCloud.Simulator.Hosting;

namespace GenesysCloud.Simulator.Endpoints;

internal static class JourneySegmentEndpoints
{
    public static void MapJourneySegmentEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/journey/segments/{segmentId}", (HttpContext context, string segmentId, SimulatorDataStore data) =>
            {
                if (!EndpointIds.TryNormalize(segmentId, out var id))
                {
                    return ApiErrors.MalformedId(context, "segmentId", segmentId);
                }

                var segment = data.GetJourneySegment(SimulatorCaller.OrganizationId(context), id);
                return segment is null
                    ? ApiErrors.NotFound(context, $"Segment {segmentId} not found")
                    : TypedResults.Json(segment, WireJson.Context.JourneySegment);
            })
            .WithSimulatorRoute(SimulatorRoutes.JourneySegment);
}
