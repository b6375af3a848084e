using GenesysCloud.Models;
using GenesysCloud.Simulator.Auth;
using GenesysCloud.Simulator.Errors;
using GenesysCloud.Simulator.Hosting;

namespace GenesysCloud.Simulator.Endpoints;

/// <summary>A conversation with its participants, and the co-browse view of one (404 when it has no co-browse).</summary>
internal static class ConversationEndpoints
{
    public static void MapConversationEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/conversations/{conversationId}", (HttpContext context, string conversationId, SimulatorDataStore data) =>
            {
                if (!EndpointIds.TryNormalize(conversationId, out var id))
                {
                    return ApiErrors.MalformedId(context, "conversationId", conversationId);
                }

                var conversation = data.GetConversation(SimulatorCaller.OrganizationId(context), id);
                return conversation is null
                    ? ApiErrors.NotFound(context, $"Conversation {conversationId} not found")
                    : TypedResults.Json(conversation, WireJson.Context.Conversation);
            })
            .WithSimulatorRoute(SimulatorRoutes.Conversation);

        api.MapGet("/conversations/cobrowsesessions/{conversationId}", (HttpContext context, string conversationId, SimulatorDataStore data) =>
            {
                if (!EndpointIds.TryNormalize(conversationId, out var id))
                {
                    return ApiErrors.MalformedId(context, "conversationId", conversationId);
                }

                var conversation = data.GetCobrowseConversation(SimulatorCaller.OrganizationId(context), id);
                return conversation is null
                    ? ApiErrors.NotFound(context, $"Cobrowse conversation {conversationId} not found")
                    : TypedResults.Json(conversation, WireJson.Context.CobrowseConversation);
            })
            .WithSimulatorRoute(SimulatorRoutes.CobrowseConversation);
    }
}
