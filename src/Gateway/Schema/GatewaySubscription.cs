using Gateway.Cobrowse;
using Gateway.Conversations;
using Gateway.Sessions;
using GraphQL.Types;

namespace Gateway.Schema;

/// <summary>The root subscription: each feature folder adds its own fields.</summary>
public sealed class GatewaySubscription : ObjectGraphType
{
    public GatewaySubscription()
    {
        Name = "Subscription";
        Description = "Live updates from the upstream's Notifications API, over graphql-transport-ws (WebSocket) or GraphQL over SSE.";
        this.AddSessionSubscriptions();
        this.AddConversationSubscriptions();
        this.AddCobrowseSubscriptions();
    }
}
