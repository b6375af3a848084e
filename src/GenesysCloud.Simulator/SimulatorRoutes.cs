namespace GenesysCloud.Simulator;

/// <summary>
/// Names of the simulated upstream routes: the keys of <see cref="UpstreamCallCounter"/> and of
/// per-route faults (<see cref="SimulatorFaults"/>).
/// </summary>
public static class SimulatorRoutes
{
    /// <summary>Matches every route in <see cref="SimulatorFaults"/> rules.</summary>
    public const string Any = "*";

    public const string OAuthToken = "POST /oauth/token";
    public const string OrganizationMe = "GET /api/v2/organizations/me";
    public const string JourneySession = "GET /api/v2/journey/sessions/{sessionId}";
    public const string ExternalContactJourneySessions = "GET /api/v2/externalcontacts/contacts/{contactId}/journey/sessions";
    public const string JourneySegment = "GET /api/v2/journey/segments/{segmentId}";
    public const string Conversation = "GET /api/v2/conversations/{conversationId}";
    public const string CobrowseConversation = "GET /api/v2/conversations/cobrowsesessions/{conversationId}";
    public const string ExternalContact = "GET /api/v2/externalcontacts/contacts/{contactId}";
    public const string UpdateExternalContact = "PUT /api/v2/externalcontacts/contacts/{contactId}";
    public const string BulkExternalContacts = "POST /api/v2/externalcontacts/bulk/contacts";
    public const string Users = "GET /api/v2/users";
    public const string User = "GET /api/v2/users/{userId}";
    public const string Queues = "GET /api/v2/routing/queues";
    public const string Queue = "GET /api/v2/routing/queues/{queueId}";
    public const string CreateNotificationChannel = "POST /api/v2/notifications/channels";
    public const string NotificationChannels = "GET /api/v2/notifications/channels";
    public const string NotificationChannelExists = "HEAD /api/v2/notifications/channels/{channelId}";
    public const string NotificationSubscriptions = "GET /api/v2/notifications/channels/{channelId}/subscriptions";
    public const string AddNotificationSubscriptions = "POST /api/v2/notifications/channels/{channelId}/subscriptions";
    public const string ReplaceNotificationSubscriptions = "PUT /api/v2/notifications/channels/{channelId}/subscriptions";
    public const string DeleteNotificationSubscriptions = "DELETE /api/v2/notifications/channels/{channelId}/subscriptions";

    /// <summary>The WebSocket upgrade at a channel's <c>connectUri</c> (no bearer token: the channel id is the credential).</summary>
    public const string NotificationSocket = "GET /channels/{channelId}";

    /// <summary>Every route name above except <see cref="Any"/>.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        OAuthToken, OrganizationMe, JourneySession, ExternalContactJourneySessions, JourneySegment, Conversation,
        CobrowseConversation, ExternalContact, UpdateExternalContact, BulkExternalContacts, Users, User, Queues, Queue,
        CreateNotificationChannel, NotificationChannels, NotificationChannelExists, NotificationSubscriptions,
        AddNotificationSubscriptions, ReplaceNotificationSubscriptions, DeleteNotificationSubscriptions, NotificationSocket,
    ];
}
