using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Cobrowse;

/// <summary>A co-browse conversation (SDK model <c>CobrowseConversation</c>).</summary>
public sealed class CobrowseConversationGraphType : ObjectGraphType<CobrowseConversation>
{
    public CobrowseConversationGraphType()
    {
        Name = "CobrowseConversation";
        Description = "A co-browse conversation.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The globally unique identifier for the object.");
        Field(x => x.Name, nullable: true).Description("The conversation name.");
        Field(x => x.Participants, type: typeof(ListGraphType<NonNullGraphType<CobrowseMediaParticipantGraphType>>)).Description("The list of participants involved in the conversation.");
        Field(x => x.OtherMediaUris, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("The list of other media channels involved in the conversation.");
        Field(x => x.SelfUri, nullable: true).Description("The URI for this object.");
    }
}
