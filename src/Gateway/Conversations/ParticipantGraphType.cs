using Gateway.Cobrowse;
using Gateway.Common;
using Gateway.DataLoading;
using Gateway.ExternalContacts;
using Gateway.Limits;
using Gateway.Queues;
using Gateway.Users;
using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Conversations;

/// <summary>A participant of a conversation (SDK model <c>Participant</c>), with the user, queue and contact it names.</summary>
public sealed class ParticipantGraphType : ObjectGraphType<Participant>
{
    private const string IsoDateNote = " Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ";

    public ParticipantGraphType()
    {
        Name = "Participant";
        Description = "A participant of a conversation.";
        Field(x => x.Id, type: typeof(IdGraphType)).Description("A globally unique identifier for this conversation.");
        Field(x => x.StartTime, type: typeof(IsoDateTimeGraphType)).Description("The timestamp when this participant joined the conversation in the provider clock." + IsoDateNote);
        Field(x => x.EndTime, type: typeof(IsoDateTimeGraphType)).Description("The timestamp when this participant disconnected from the conversation in the provider clock." + IsoDateNote);
        Field(x => x.ConnectedTime, type: typeof(IsoDateTimeGraphType)).Description("The timestamp when this participant was connected to the conversation in the provider clock." + IsoDateNote);
        Field(x => x.Name, nullable: true).Description("A human readable name identifying the participant.");
        Field(x => x.UserUri, nullable: true).Description("If this participant represents a user, then this will be an URI that can be used to fetch the user.");
        Field(x => x.UserId, type: typeof(IdGraphType)).Description("If this participant represents a user, then this will be the globally unique identifier for the user.");
        Field(x => x.ExternalContactId, type: typeof(IdGraphType)).Description("If this participant represents an external contact, then this will be the globally unique identifier for the external contact.");
        Field(x => x.ExternalOrganizationId, type: typeof(IdGraphType)).Description("If this participant represents an external org, then this will be the globally unique identifier for the external org.");
        Field(x => x.QueueId, type: typeof(IdGraphType)).Description("If present, the queue id that the communication channel came in on.");
        Field(x => x.GroupId, type: typeof(IdGraphType)).Description("If present, group of users the participant represents.");
        Field(x => x.TeamId, type: typeof(IdGraphType)).Description("The team id that this participant is a member of when added to the conversation.");
        Field(x => x.QueueName, nullable: true).Description("If present, the queue name that the communication channel came in on.");
        Field(x => x.Purpose, nullable: true).Description("A well known string that specifies the purpose of this participant.");
        Field(x => x.ParticipantType, nullable: true).Description("A well known string that specifies the type of this participant.");
        Field(x => x.ConsultParticipantId, type: typeof(IdGraphType)).Description("If this participant is part of a consult transfer, then this will be the participant id of the participant being transferred.");
        Field(x => x.Address, nullable: true).Description("The address for the this participant. For a phone call this will be the ANI.");
        Field(x => x.Ani, nullable: true).Description("The ANI of this participant (for a phone call, the number it calls from).");
        Field(x => x.AniName, nullable: true).Description("The ani-based name for this participant.");
        Field(x => x.Dnis, nullable: true).Description("The DNIS of this participant (for a phone call, the number it dialled).");
        Field(x => x.Locale, nullable: true).Description("An ISO 639 language code specifying the locale for this participant.");
        Field(x => x.WrapupRequired, nullable: true).Description("True iff this participant is required to enter wrapup for this conversation.");
        Field(x => x.WrapupPrompt, nullable: true).Description("This field controls how the UI prompts the agent for a wrapup.");
        Field(x => x.WrapupTimeoutMs, nullable: true).Description("Specifies how long a timed ACW session will last.");
        Field(x => x.WrapupSkipped, nullable: true).Description("The UI sets this field when the agent chooses to skip entering a wrapup for this participant.");
        Field(x => x.Wrapup, type: typeof(WrapupGraphType)).Description("Call wrap up or disposition data.");
        Field(x => x.MediaRoles, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("List of roles this participant's media has had on the conversation, ie monitor, coach, etc.");
        Field(x => x.AlertingTimeoutMs, nullable: true).Description("Specifies how long the agent has to answer an interaction before being marked as not responding.");
        Field<ListGraphType<NonNullGraphType<ParticipantAttributeGraphType>>>("attributes")
            .Description("Additional participant attributes, ordered by key.")
            .Resolve(context => ParticipantAttribute.From(context.Source.Attributes));
        Field(x => x.Cobrowsesessions, type: typeof(ListGraphType<NonNullGraphType<CobrowsesessionGraphType>>)).Description("The participant's co-browse communications.");
        Field(x => x.ScreenRecordingState, nullable: true).Description("The current screen recording state for this participant.");
        Field(x => x.FlaggedReason, nullable: true).Description("The reason specifying why participant flagged the conversation.");
        Field(x => x.StartAcwTime, type: typeof(IsoDateTimeGraphType)).Description("The timestamp when this participant started after-call work." + IsoDateNote);
        Field(x => x.EndAcwTime, type: typeof(IsoDateTimeGraphType)).Description("The timestamp when this participant ended after-call work." + IsoDateNote);
        Field<ExternalContactGraphType>("externalContact")
            .Description("The external contact this participant represents (by externalContactId); null when none.")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context => EntityReference.Load<ExternalContactByIdDataLoader, ExternalContact>(context, context.Source.ExternalContactId, "ExternalContact"));
        Field<UserGraphType>("user")
            .Description("The user this participant represents (by userId); null when none.")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context => EntityReference.Load<UserByIdDataLoader, User>(context, context.Source.UserId, "User"));
        Field<QueueGraphType>("queue")
            .Description("The queue the communication came in on (by queueId); null when none.")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context => EntityReference.Load<QueueByIdDataLoader, Queue>(context, context.Source.QueueId, "Queue"));
    }
}
