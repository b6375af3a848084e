using Gateway.Common;
using Gateway.Conversations;
using Gateway.DataLoading;
using Gateway.ExternalContacts;
using Gateway.Limits;
using Gateway.Queues;
using Gateway.Users;
using GenesysCloud.Models;
using GraphQL.Types;

namespace Gateway.Cobrowse;

/// <summary>A participant of a co-browse conversation (SDK model <c>CobrowseMediaParticipant</c>), with the entities it references.</summary>
public sealed class CobrowseMediaParticipantGraphType : ObjectGraphType<CobrowseMediaParticipant>
{
    private const string IsoDateNote = " Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss.SSSZ";

    public CobrowseMediaParticipantGraphType()
    {
        Name = "CobrowseMediaParticipant";
        Description = "A participant of a co-browse conversation.";
        Field(x => x.Id, type: typeof(IdGraphType)).Description("The unique participant ID.");
        Field(x => x.Name, nullable: true).Description("The display friendly name of the participant.");
        Field(x => x.Address, nullable: true).Description("The participant address.");
        Field(x => x.StartTime, type: typeof(IsoDateTimeGraphType)).Description("The time when this participant first joined the conversation." + IsoDateNote);
        Field(x => x.ConnectedTime, type: typeof(IsoDateTimeGraphType)).Description("The time when this participant went connected for this media (eg: video connected time)." + IsoDateNote);
        Field(x => x.EndTime, type: typeof(IsoDateTimeGraphType)).Description("The time when this participant went disconnected for this media (eg: video disconnected time)." + IsoDateNote);
        Field(x => x.StartHoldTime, type: typeof(IsoDateTimeGraphType)).Description("The time when this participant's hold started." + IsoDateNote);
        Field(x => x.Purpose, nullable: true).Description("The participant's purpose. Values can be: 'agent', 'user', 'customer', 'external', 'acd', 'ivr'.");
        Field(x => x.State, nullable: true).Description("The participant's state. Values can be: 'alerting', 'connected', 'disconnected', 'dialing', 'contacting'.");
        Field(x => x.Direction, nullable: true).Description("The participant's direction. Values can be: 'inbound' or 'outbound'.");
        Field(x => x.DisconnectType, nullable: true).Description("The reason the participant was disconnected from the conversation.");
        Field(x => x.Held, nullable: true).Description("Value is true when the participant is on hold.");
        Field(x => x.WrapupRequired, nullable: true).Description("Value is true when the participant requires wrap-up.");
        Field(x => x.WrapupPrompt, nullable: true).Description("The wrap-up prompt indicating the type of wrap-up to be performed.");
        Field<DomainEntityRefGraphType>("userRef").Description("The PureCloud user for this participant, as the platform references it.").Resolve(context => context.Source.User);
        Field<DomainEntityRefGraphType>("queueRef").Description("The PureCloud queue for this participant, as the platform references it.").Resolve(context => context.Source.Queue);
        Field<ListGraphType<NonNullGraphType<ParticipantAttributeGraphType>>>("attributes")
            .Description("A list of ad-hoc attributes for the participant, ordered by key.")
            .Resolve(context => ParticipantAttribute.From(context.Source.Attributes));
        Field(x => x.Provider, nullable: true).Description("The source provider for the communication.");
        Field<DomainEntityRefGraphType>("externalContactRef").Description("If this participant represents an external contact, then this will be the reference for the external contact.").Resolve(context => context.Source.ExternalContact);
        Field(x => x.ExternalOrganization, type: typeof(DomainEntityRefGraphType)).Description("If this participant represents an external org, then this will be the reference for the external org.");
        Field(x => x.Wrapup, type: typeof(WrapupGraphType)).Description("Wrapup for this participant, if it has been applied.");
        Field(x => x.Peer, nullable: true).Description("The peer communication corresponding to a matching leg for this communication.");
        Field(x => x.CobrowseSessionId, nullable: true).Description("The co-browse session ID.");
        Field(x => x.CobrowseRole, nullable: true).Description("This value identifies the role of the co-browse client within the co-browse session (a client is a sharer or a viewer).");
        Field<CobrowseRoleGraphType>("cobrowseRoleKind")
            .Description("cobrowseRole as an enum; a role this gateway does not know is UNKNOWN (the raw value stays in cobrowseRole).")
            .Resolve(context => CobrowseRoleGraphType.Parse(context.Source.CobrowseRole));
        Field(x => x.Controlling, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("ID of co-browse participants for which this client has been granted control (list is empty if this client cannot control any shared pages).");
        Field(x => x.ViewerUrl, nullable: true).Description("The URL that can be used to open co-browse session in web browser.");
        Field(x => x.ProviderEventTime, type: typeof(IsoDateTimeGraphType)).Description("The time when the provider event which triggered this conversation update happened in the corrected provider clock (milliseconds since 1970-01-01 00:00:00 UTC)." + IsoDateNote);
        Field<UserGraphType>("user")
            .Description("The PureCloud user for this participant, loaded by the reference's id; null when none.")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context => EntityReference.Load<UserByIdDataLoader, User>(context, context.Source.User?.Id, "User"));
        Field<QueueGraphType>("queue")
            .Description("The PureCloud queue for this participant, loaded by the reference's id; null when none.")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context => EntityReference.Load<QueueByIdDataLoader, Queue>(context, context.Source.Queue?.Id, "Queue"));
        Field<ExternalContactGraphType>("externalContact")
            .Description("The external contact this participant represents, loaded by the reference's id; null when none.")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context => EntityReference.Load<ExternalContactByIdDataLoader, ExternalContact>(context, context.Source.ExternalContact?.Id, "ExternalContact"));
    }
}
