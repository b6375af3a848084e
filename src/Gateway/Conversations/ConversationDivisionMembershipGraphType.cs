using Gateway.Common;
using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Conversations;

/// <summary>A division a conversation belongs to (SDK model <c>ConversationDivisionMembership</c>).</summary>
public sealed class ConversationDivisionMembershipGraphType : ObjectGraphType<ConversationDivisionMembership>
{
    public ConversationDivisionMembershipGraphType()
    {
        Name = "ConversationDivisionMembership";
        Description = "A division a conversation belongs to, with the entities of the conversation in it.";
        Field(x => x.Division, type: typeof(DomainEntityRefGraphType)).Description("A division the conversation belongs to.");
        Field(x => x.Entities, type: typeof(ListGraphType<NonNullGraphType<DomainEntityRefGraphType>>)).Description("The entities on the conversation within the division. These are the users, queues, work flows, etc. that can be on conversations and and be assigned to different divisions.");
    }
}
