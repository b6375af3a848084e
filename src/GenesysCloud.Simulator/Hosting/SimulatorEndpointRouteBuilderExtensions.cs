using GenesysCloud.Simulator.Auth;
using GenesysCloud.Simulator.Counting;
using GenesysCloud.Simulator.Endpoints;
using GenesysCloud.Simulator.Errors;
using GenesysCloud.Simulator.Faults;
using GenesysCloud.Simulator.Notifications;

namespace GenesysCloud.Simulator;

public static class SimulatorEndpointRouteBuilderExtensions
{
    /// <summary>Path prefix of the simulator's own control endpoints (call counts, faults).</summary>
    public const string ControlPrefix = "/__simulator";

    /// <summary>
    /// Maps the simulated platform at the root of <paramref name="endpoints"/>: <c>POST /oauth/token</c>, the
    /// <c>/api/v2</c> routes, the notification WebSocket at <c>/channels/{id}</c> (the host must <c>UseWebSockets()</c>), and (unless <paramref name="includeControlEndpoints"/> is false) <c>/__simulator/calls</c>
    /// and <c>/__simulator/faults</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapGenesysSimulator(this IEndpointRouteBuilder endpoints, bool includeControlEndpoints = true)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapOAuthToken();

        var api = endpoints.MapGroup("/api/v2");
        api.MapOrganizationEndpoints();
        api.MapJourneySessionEndpoints();
        api.MapJourneySegmentEndpoints();
        api.MapConversationEndpoints();
        api.MapExternalContactEndpoints();
        api.MapUserEndpoints();
        api.MapQueueEndpoints();
        api.MapNotificationChannelEndpoints();
        endpoints.MapNotificationSocket();

        // Any other /api/v2 path answers the platform's 404 body rather than an empty one; not counted.
        api.Map("/{**path}", (HttpContext context) => ApiErrors.NotFound(context, $"No resource matches {context.Request.Method} {context.Request.Path}."))
            .ExcludeFromDescription();

        if (includeControlEndpoints)
        {
            var control = endpoints.MapGroup(ControlPrefix).ExcludeFromDescription();
            control.MapCallCounterEndpoints();
            control.MapFaultEndpoints();
            control.MapNotificationControlEndpoints();
        }

        return endpoints;
    }
}
