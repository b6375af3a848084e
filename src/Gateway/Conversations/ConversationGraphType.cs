using Gateway.Cobrowse;
using Gateway.Common;
using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Conversations;

/// <summary>A live conversation (SDK model <c>Conversation</c>).</summary>
public sealed class ConversationGraphType : ObjectGraphType<Conversation>
{
    private const string IsoDateNote = " Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ";

    public ConversationGraphType()
    {
        Name = "Conversation";
        Description = "A live conversation with its participants.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The globally unique identifier for the object.");
        Field(x => x.Name, nullable: true).Description("The conversation's name.");
        Field(x => x.ExternalTag, nullable: true).Description("The external tag associated with the conversation.");
        Field(x => x.StartTime, type: typeof(IsoDateTimeGraphType)).Description("The time when the conversation started. This will be the time when the first participant joined the conversation." + IsoDateNote);
        Field(x => x.EndTime, type: typeof(IsoDateTimeGraphType)).Description("The time when the conversation ended. This will be the time when the last participant left the conversation, or null when the conversation is still active." + IsoDateNote);
        Field(x => x.Address, nullable: true).Description("The address of the conversation as seen from an external participant. For phone calls this will be the DNIS for inbound calls and the ANI for outbound calls. For other media types this will be the address of the destination participant for inbound and the address of the initiating participant for outbound.");
        Field(x => x.Participants, type: typeof(ListGraphType<NonNullGraphType<ParticipantGraphType>>)).Description("The list of all participants in the conversation.");
        Field(x => x.ConversationIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("A list of conversations to merge into this conversation to create a conference. This field is null except when being used to create a conference.");
        Field(x => x.MaxParticipants, nullable: true).Description("If this is a conference conversation, then this field indicates the maximum number of participants allowed to participant in the conference.");
        Field(x => x.RecordingState, nullable: true).Description("On update, 'paused' initiates a secure pause, 'active' resumes any paused recordings; otherwise indicates state of conversation recording.");
        Field(x => x.State, nullable: true).Description("The conversation's state.");
        Field(x => x.Divisions, type: typeof(ListGraphType<NonNullGraphType<ConversationDivisionMembershipGraphType>>)).Description("Identifiers of divisions associated with this conversation.");
        Field(x => x.SecurePause, nullable: true).Description("True when the recording of this conversation is in secure pause status.");
        Field(x => x.UtilizationLabelId, nullable: true).Description("An optional label that categorizes the conversation. Max-utilization settings can be configured at a per-label level.");
        Field(x => x.SelfUri, nullable: true).Description("The URI for this object.");
        Field<ListGraphType<NonNullGraphType<CobrowsesessionGraphType>>>("cobrowseSessions")
            .Description("The co-browse sessions of every participant, in participant order.")
            .Resolve(context => CobrowseSessions.Of(context.Source));
    }
}
