using GenesysCloud.Models;
using GenesysCloud.Simulator.Auth;
using GenesysCloud.Simulator.Errors;
using GenesysCloud.Simulator.Hosting;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Simulator.Endpoints;

internal static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/users", (HttpContext context, SimulatorDataStore data, UpstreamCallCounter counter, IOptions<SimulatorOptions> options) =>
            {
                var organizationId = SimulatorCaller.OrganizationId(context);
                return PageListings.List(context, SimulatorRoutes.Users, "/api/v2/users", data.Users(organizationId),
                    id => data.GetUser(organizationId, id), options.Value.ListMaxIds, counter, WireJson.Context.EntityListingUser);
            })
            .WithSimulatorRoute(SimulatorRoutes.Users);

        api.MapGet("/users/{userId}", (HttpContext context, string userId, SimulatorDataStore data) =>
            {
                if (!EndpointIds.TryNormalize(userId, out var id))
                {
                    return ApiErrors.MalformedId(context, "userId", userId);
                }

                var user = data.GetUser(SimulatorCaller.OrganizationId(context), id);
                return user is null
                    ? ApiErrors.NotFound(context, $"User {userId} not found")
                    : TypedResults.Json(user, WireJson.Context.User);
            })
            .WithSimulatorRoute(SimulatorRoutes.User);
    }
}
