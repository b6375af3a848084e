using Gateway.Cobrowse;
using Gateway.Conversations;
using Gateway.ExternalContacts;
using Gateway.Queues;
using Gateway.Sessions;
using Gateway.Users;
using GraphQL.Types;

namespace Gateway.Schema;

/// <summary>The root query: each feature folder adds its own fields.</summary>
public sealed class GatewayQuery : ObjectGraphType
{
    public GatewayQuery()
    {
        Name = "Query";
        this.AddSessionQueries();
        this.AddExternalContactQueries();
        this.AddConversationQueries();
        this.AddCobrowseQueries();
        this.AddUserQueries();
        this.AddQueueQueries();
    }
}
