using Gateway.Caching;
using Gateway.Conversations;
using Gateway.DataLoading;
using Gateway.Limits;
using GraphQL.Types;

namespace Gateway.Cobrowse;

/// <summary>The payload of <c>cobrowseSessionUpdated</c>.</summary>
public sealed class CobrowseSessionUpdateGraphType : ObjectGraphType<CobrowseSessionUpdate>
{
    public CobrowseSessionUpdateGraphType()
    {
        Name = "CobrowseSessionUpdate";
        Description = "A co-browse session that changed (its state, its segments), with its participant and conversation.";
        Field(x => x.ConversationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The ID of the conversation the co-browse session belongs to.");
        Field<IdGraphType>("participantId").Description("The ID of the participant holding the co-browse session.").Resolve(context => context.Source.Participant.Id);
        Field(x => x.Participant, type: typeof(NonNullGraphType<ParticipantGraphType>)).Description("The participant holding the co-browse session, as of this change.");
        Field(x => x.CobrowseSession, type: typeof(NonNullGraphType<CobrowsesessionGraphType>)).Description("The co-browse session as of this change.");
        Field<ConversationGraphType>("conversation")
            .Description("The whole conversation, read after this change (the change evicted the cached one).")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context => EntityReference.Load<ConversationByIdDataLoader, GenesysCloud.Models.Conversation>(context, context.Source.ConversationId, EntityKinds.Conversation));
    }
}
