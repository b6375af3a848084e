namespace GenesysCloud.Models;

/// <summary>
/// A journey session (SDK model `Session`). Only <see cref="Id"/> is enforced on read: the other fields the
/// model calls required are nullable here, so one malformed upstream record fails its own fields, not the read.
/// </summary>
public sealed record Session
{
    /// <summary>The ID of the session.</summary>
    public required string Id { get; init; }

    /// <summary>Primary identifier of the customer in the source where the events for the session originate from.</summary>
    public string? CustomerId { get; init; }

    /// <summary>Type of source customer identifier (e.g. cookie, email, phone).</summary>
    public string? CustomerIdType { get; init; }

    /// <summary>Session types indicate the type or category of sessions (e.g. web, app).</summary>
    public string? Type { get; init; }

    /// <summary>Unique identifier in the external system where the events for the session originate from.</summary>
    public string? ExternalId { get; init; }

    /// <summary>A URL that identifies an external system-of-record resource that may have more detailed information on the session.</summary>
    public string? ExternalUrl { get; init; }

    /// <summary>Shortened numeric identifier of 4-6 digits.</summary>
    public string? ShortId { get; init; }

    /// <summary>List of the outcome achievements by the customer in this session.</summary>
    public List<OutcomeAchievement>? OutcomeAchievements { get; init; }

    /// <summary>List of the segment assignments to the customer in this session.</summary>
    public List<SessionSegmentAssignment>? SegmentAssignments { get; init; }

    /// <summary>Attributes projected from the session's event stream.</summary>
    public Dictionary<string, CustomEventAttribute>? Attributes { get; init; }

    /// <summary>List-type attributes projected from the session's event stream.</summary>
    public Dictionary<string, CustomEventAttributeList>? AttributeLists { get; init; }

    /// <summary>Customer's browser.</summary>
    public Browser? Browser { get; init; }

    /// <summary>Customer's device.</summary>
    public Device? Device { get; init; }

    /// <summary>Customer's geolocation.</summary>
    public JourneyGeolocation? Geolocation { get; init; }

    /// <summary>Customer's IP address.</summary>
    public string? IpAddress { get; init; }

    /// <summary>Customer's IP-based organization or ISP name.</summary>
    public string? IpOrganization { get; init; }

    /// <summary>The webpage where the customer's last web interaction occurred.</summary>
    public JourneyPage? LastPage { get; init; }

    /// <summary>Marketing / traffic source information.</summary>
    public JourneyCampaign? MktCampaign { get; init; }

    /// <summary>Identifies the page URL that originally generated the request for the current page being viewed.</summary>
    public Referrer? Referrer { get; init; }

    /// <summary>Application that the customer is interacting with (for app sessions).</summary>
    public JourneyApp? App { get; init; }

    /// <summary>SDK library used to generate the events for the session (for app and web sessions).</summary>
    public SdkLibrary? SdkLibrary { get; init; }

    /// <summary>Information relating to the device's network connectivity (for app sessions).</summary>
    public NetworkConnectivity? NetworkConnectivity { get; init; }

    /// <summary>Search terms associated with the session.</summary>
    public List<string>? SearchTerms { get; init; }

    /// <summary>String identifying the user agent.</summary>
    public string? UserAgentString { get; init; }

    /// <summary>Indicates how long the session has been active (valid for an individual device).</summary>
    public int? DurationInSeconds { get; init; }

    /// <summary>The count of all events performed during the session.</summary>
    public int? EventCount { get; init; }

    /// <summary>The count of all pageviews performed during the session.</summary>
    public int? PageviewCount { get; init; }

    /// <summary>The count of all screenviews performed during the session.</summary>
    public int? ScreenviewCount { get; init; }

    /// <summary>Information about the most recent event in this session.</summary>
    public SessionLastEvent? LastEvent { get; init; }

    /// <summary>The last queue connected to this session.</summary>
    public ConnectedQueue? LastConnectedQueue { get; init; }

    /// <summary>The last user connected to this session.</summary>
    public ConnectedUser? LastConnectedUser { get; init; }

    /// <summary>The last user disposition connected to this session.</summary>
    public ConversationUserDisposition? LastUserDisposition { get; init; }

    /// <summary>Represents the channels used for this conversation.</summary>
    public List<ConversationChannel>? ConversationChannels { get; init; }

    /// <summary>The original direction of the conversation (`Inbound`, `Outbound`, ...; kept as the raw string so an unknown value never fails a read).</summary>
    public string? OriginatingDirection { get; init; }

    /// <summary>The subject for the conversation, for example an email subject.</summary>
    public string? ConversationSubject { get; init; }

    /// <summary>Disconnect reason for the last user connected to the conversation (raw string).</summary>
    public string? LastUserDisconnectType { get; init; }

    /// <summary>Last ACD outcome for the conversation (raw string).</summary>
    public string? LastAcdOutcome { get; init; }

    /// <summary>Indicates whether or not the session is authenticated.</summary>
    public bool? Authenticated { get; init; }

    /// <summary>The URI for this object.</summary>
    public string? SelfUri { get; init; }

    /// <summary>Timestamp indicating when the session was created.</summary>
    public DateTimeOffset? CreatedDate { get; init; }

    /// <summary>Timestamp indicating when the session was ended.</summary>
    public DateTimeOffset? EndedDate { get; init; }

    /// <summary>The external contact associated with this session.</summary>
    public AddressableEntityRef? ExternalContact { get; init; }

    /// <summary>Timestamp indicating when the visitor should be considered as away.</summary>
    public DateTimeOffset? AwayDate { get; init; }

    /// <summary>Timestamp indicating when the visitor should be considered as idle.</summary>
    public DateTimeOffset? IdleDate { get; init; }

    /// <summary>The conversation for this session.</summary>
    public AddressableEntityRef? Conversation { get; init; }
}
