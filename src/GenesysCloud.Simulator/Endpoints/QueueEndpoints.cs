using GenesysCloud.Models;
using GenesysCloud.Simulator.Auth;
using GenesysCloud.Simulator.Errors;
using GenesysCloud.Simulator.Hosting;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Simulator.Endpoints;

internal static class QueueEndpoints
{
    public static void MapQueueEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/routing/queues", (HttpContext context, SimulatorDataStore data, UpstreamCallCounter counter, IOptions<SimulatorOptions> options) =>
            {
                var organizationId = SimulatorCaller.OrganizationId(context);
                return PageListings.List(context, SimulatorRoutes.Queues, "/api/v2/routing/queues", data.Queues(organizationId),
                    id => data.GetQueue(organizationId, id), options.Value.ListMaxIds, counter, WireJson.Context.EntityListingQueue);
            })
            .WithSimulatorRoute(SimulatorRoutes.Queues);

        api.MapGet("/routing/queues/{queueId}", (HttpContext context, string queueId, SimulatorDataStore data) =>
            {
                if (!EndpointIds.TryNormalize(queueId, out var id))
                {
                    return ApiErrors.MalformedId(context, "queueId", queueId);
                }

                var queue = data.GetQueue(SimulatorCaller.OrganizationId(context), id);
                return queue is null
                    ? ApiErrors.NotFound(context, $"Queue {queueId} not found")
                    : TypedResults.Json(queue, WireJson.Context.Queue);
            })
            .WithSimulatorRoute(SimulatorRoutes.Queue);
    }
}
