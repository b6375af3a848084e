using GenesysCloud.Models;
using GenesysCloud.Simulator.Auth;
using GenesysCloud.Simulator.Hosting;

namespace GenesysCloud.Simulator.Endpoints;

internal static class OrganizationEndpoints
{
    public static void MapOrganizationEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/organizations/me", (HttpContext context, SimulatorDataStore data) =>
                TypedResults.Json(data.GetOrganization(SimulatorCaller.OrganizationId(context)), WireJson.Context.Organization))
            .WithSimulatorRoute(SimulatorRoutes.OrganizationMe);
}
