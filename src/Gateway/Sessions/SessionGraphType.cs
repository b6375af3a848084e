using Gateway.Common;
using Gateway.Conversations;
using Gateway.DataLoading;
using Gateway.ExternalContacts;
using Gateway.Limits;
using Gateway.Queues;
using Gateway.Users;
using GenesysCloud.Models;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Sessions;

/// <summary>
/// A journey session (SDK model <c>Session</c>). The entities it references by id (external contact, conversation,
/// last connected user and queue) resolve through their DataLoaders, so a page of sessions costs one batch each.
/// </summary>
public sealed class SessionGraphType : ObjectGraphType<Session>
{
    private const string DateFormatNote = " Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z";

    public SessionGraphType()
    {
        Name = "Session";
        Description = "A journey session: a customer's activity (web, app, conversation) tracked by Genesys Cloud Predictive Engagement.";

        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The ID of the session.");
        Field(x => x.CustomerId, nullable: true).Description("Primary identifier of the customer in the source where the events for the session originate from.");
        Field(x => x.CustomerIdType, nullable: true).Description("Type of source customer identifier (e.g. cookie, email, phone).");
        Field(x => x.Type, type: typeof(NonNullGraphType<StringGraphType>)).Description("Session types indicate the type or category of sessions (e.g. web, app).");
        Field(x => x.ExternalId, nullable: true).Description("Unique identifier in the external system where the events for the session originate from.");
        Field(x => x.ExternalUrl, nullable: true).Description("A URL that identifies an external system-of-record resource that may have more detailed information on the session.");
        Field(x => x.ShortId, nullable: true).Description("Shortened numeric identifier of 4-6 digits.");
        Field(x => x.OutcomeAchievements, type: typeof(ListGraphType<NonNullGraphType<OutcomeAchievementGraphType>>))
            .Description("List of the outcome achievements by the customer in this session.");
        Field(x => x.SegmentAssignments, type: typeof(ListGraphType<NonNullGraphType<SessionSegmentAssignmentGraphType>>))
            .Description("List of the segment assignments to the customer in this session.");
        Field<ListGraphType<NonNullGraphType<CustomEventAttributeEntryGraphType>>>("attributes")
            .Description("Attributes projected from the session's event stream, as key/value entries ordered by key.")
            .Resolve(context => OrderedEntries(context.Source.Attributes));
        Field<ListGraphType<NonNullGraphType<CustomEventAttributeListEntryGraphType>>>("attributeLists")
            .Description("List-type attributes projected from the session's event stream, as key/value entries ordered by key.")
            .Resolve(context => OrderedEntries(context.Source.AttributeLists));
        Field(x => x.Browser, type: typeof(BrowserGraphType)).Description("Customer's browser.");
        Field(x => x.Device, type: typeof(DeviceGraphType)).Description("Customer's device.");
        Field(x => x.Geolocation, type: typeof(JourneyGeolocationGraphType)).Description("Customer's geolocation.");
        Field(x => x.IpAddress, nullable: true).Description("Customer's IP address.");
        Field(x => x.IpOrganization, nullable: true).Description("Customer's IP-based organization or ISP name.");
        Field(x => x.LastPage, type: typeof(JourneyPageGraphType)).Description("The webpage where the customer's last web interaction occurred.");
        Field(x => x.MktCampaign, type: typeof(JourneyCampaignGraphType)).Description("Marketing / traffic source information.");
        Field(x => x.Referrer, type: typeof(ReferrerGraphType)).Description("Identifies the page URL that originally generated the request for the current page being viewed.");
        Field(x => x.App, type: typeof(JourneyAppGraphType)).Description("Application that the customer is interacting with (for app sessions).");
        Field(x => x.SdkLibrary, type: typeof(SdkLibraryGraphType)).Description("SDK library used to generate the events for the session (for app and web sessions).");
        Field(x => x.NetworkConnectivity, type: typeof(NetworkConnectivityGraphType)).Description("Information relating to the device's network connectivity (for app sessions).");
        Field(x => x.SearchTerms, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("Search terms associated with the session.");
        Field(x => x.UserAgentString, nullable: true).Description("String identifying the user agent.");
        Field(x => x.DurationInSeconds, type: typeof(IntGraphType)).Description("Indicates how long the session has been active (valid for an individual device).");
        Field(x => x.EventCount, type: typeof(NonNullGraphType<IntGraphType>)).Description("The count of all events performed during the session.");
        Field(x => x.PageviewCount, type: typeof(IntGraphType)).Description("The count of all pageviews performed during the session.");
        Field(x => x.ScreenviewCount, type: typeof(IntGraphType)).Description("The count of all screenviews performed during the session.");
        Field(x => x.LastEvent, type: typeof(NonNullGraphType<SessionLastEventGraphType>)).Description("Information about the most recent event in this session.");

        // The seed's ConnectedQueue / ConnectedUser are bare {id, selfUri} references: the resolved Queue and User
        // carry both, so the seed's selection still works and a client can read more without a second query.
        Field<QueueGraphType>("lastConnectedQueue")
            .Description("The last queue connected to this session, loaded by id (null and a NOT_FOUND error when the queue no longer exists).")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context => EntityReference.Load<QueueByIdDataLoader, Queue>(context, context.Source.LastConnectedQueue?.Id, "Queue"));
        Field<UserGraphType>("lastConnectedUser")
            .Description("The last user connected to this session, loaded by id (null and a NOT_FOUND error when the user no longer exists).")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context => EntityReference.Load<UserByIdDataLoader, User>(context, context.Source.LastConnectedUser?.Id, "User"));
        Field(x => x.LastUserDisposition, type: typeof(ConversationUserDispositionGraphType)).Description("The last user disposition connected to this session.");
        Field(x => x.ConversationChannels, type: typeof(ListGraphType<NonNullGraphType<ConversationChannelGraphType>>))
            .Description("Represents the channels used for this conversation.");

        Field<OriginatingDirectionGraphType>("originatingDirection")
            .Description("The original direction of the conversation. OUTDATED_SDK_VERSION when the upstream sent a value this gateway does not know (see `originatingDirectionRaw`).")
            .Resolve(context => UpstreamEnumMapping<OriginatingDirection>.Map(context.Source.OriginatingDirection, OriginatingDirection.OutdatedSdkVersion));
        Field("originatingDirectionRaw", x => x.OriginatingDirection, nullable: true)
            .Description("The original direction of the conversation exactly as the upstream sent it (e.g. `Inbound`).");
        Field(x => x.ConversationSubject, nullable: true).Description("The subject for the conversation, for example an email subject.");
        Field<LastUserDisconnectTypeGraphType>("lastUserDisconnectType")
            .Description("Disconnect reason for the last user connected to the conversation. OUTDATED_SDK_VERSION when the upstream sent a value this gateway does not know (see `lastUserDisconnectTypeRaw`).")
            .Resolve(context => UpstreamEnumMapping<LastUserDisconnectType>.Map(context.Source.LastUserDisconnectType, LastUserDisconnectType.OutdatedSdkVersion));
        Field("lastUserDisconnectTypeRaw", x => x.LastUserDisconnectType, nullable: true)
            .Description("Disconnect reason for the last user connected to the conversation exactly as the upstream sent it (e.g. `TransportFailure`).");
        Field<LastAcdOutcomeGraphType>("lastAcdOutcome")
            .Description("Last ACD outcome for the conversation. OUTDATED_SDK_VERSION when the upstream sent a value this gateway does not know (see `lastAcdOutcomeRaw`).")
            .Resolve(context => UpstreamEnumMapping<LastAcdOutcome>.Map(context.Source.LastAcdOutcome, LastAcdOutcome.OutdatedSdkVersion));
        Field("lastAcdOutcomeRaw", x => x.LastAcdOutcome, nullable: true)
            .Description("Last ACD outcome for the conversation exactly as the upstream sent it (e.g. `Answered`).");

        Field(x => x.Authenticated, type: typeof(NonNullGraphType<BooleanGraphType>)).Description("Indicates whether or not the session is authenticated.");
        Field(x => x.SelfUri, nullable: true).Description("The URI for this object.");
        Field(x => x.CreatedDate, type: typeof(NonNullGraphType<IsoDateTimeGraphType>)).Description("Timestamp indicating when the session was created." + DateFormatNote);
        Field(x => x.EndedDate, type: typeof(IsoDateTimeGraphType)).Description("Timestamp indicating when the session was ended." + DateFormatNote);
        Field<ExternalContactGraphType>("externalContact")
            .Description("The external contact associated with this session, loaded by id (null and a NOT_FOUND error when the contact no longer exists).")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context => EntityReference.Load<ExternalContactByIdDataLoader, ExternalContact>(context, context.Source.ExternalContact?.Id, "ExternalContact"));
        Field(x => x.AwayDate, type: typeof(IsoDateTimeGraphType)).Description("Timestamp indicating when the visitor should be considered as away." + DateFormatNote);
        Field(x => x.IdleDate, type: typeof(IsoDateTimeGraphType)).Description("Timestamp indicating when the visitor should be considered as idle." + DateFormatNote);
        Field<ConversationGraphType>("conversation")
            .Description("The conversation for this session, loaded by id (null and a NOT_FOUND error when the conversation no longer exists).")
            .WithCost(FieldCostExtensions.UpstreamWeight)
            .Resolve(context => EntityReference.Load<ConversationByIdDataLoader, Conversation>(context, context.Source.Conversation?.Id, "Conversation"));
    }

    // A JSON object has no order: sorting by key makes the answer (and its snapshots) deterministic.
    private static List<KeyValuePair<string, TValue>>? OrderedEntries<TValue>(Dictionary<string, TValue>? map)
        where TValue : class
        => map?.Where(entry => entry.Value is not null).OrderBy(entry => entry.Key, StringComparer.Ordinal).ToList();
}
