using System.Diagnostics;

namespace Gateway.Upstream;

/// <summary>
/// Route templates of the upstream calls, named as the simulator names its routes, so a metric tag or a log line
/// on our side lines up with the simulator's call counts. A template never carries an id.
/// </summary>
internal static class UpstreamRoutes
{
    public const string OAuthToken = "POST /oauth/token";
    public const string OrganizationMe = "GET /api/v2/organizations/me";
    public const string JourneySession = "GET /api/v2/journey/sessions/{sessionId}";
    public const string ExternalContactJourneySessions = "GET /api/v2/externalcontacts/contacts/{contactId}/journey/sessions";
    public const string JourneySegment = "GET /api/v2/journey/segments/{segmentId}";
    public const string Conversation = "GET /api/v2/conversations/{conversationId}";
    public const string CobrowseConversation = "GET /api/v2/conversations/cobrowsesessions/{conversationId}";
    public const string ExternalContact = "GET /api/v2/externalcontacts/contacts/{contactId}";
    public const string BulkExternalContacts = "POST /api/v2/externalcontacts/bulk/contacts";
    public const string Users = "GET /api/v2/users";
    public const string Queues = "GET /api/v2/routing/queues";
    public const string CreateNotificationChannel = "POST /api/v2/notifications/channels";
    public const string NotificationChannels = "GET /api/v2/notifications/channels";
    public const string NotificationChannel = "HEAD /api/v2/notifications/channels/{channelId}";
    public const string NotificationChannelSubscriptions = "PUT /api/v2/notifications/channels/{channelId}/subscriptions";

    /// <summary>Used when a request was sent without a route (should not happen; keeps the metric's cardinality bounded).</summary>
    public const string Unknown = "unknown";

    /// <summary>Where the client puts a request's route template for the handlers below it.</summary>
    public static readonly HttpRequestOptionsKey<string> RequestOption = new("Gateway.Upstream.Route");

    public static string Of(HttpRequestMessage request)
        => request.Options.TryGetValue(RequestOption, out var route) ? route : Unknown;

    /// <summary>
    /// Names HttpClient's span of an upstream call after its route, as the semantic conventions ask
    /// (<c>GET /api/v2/users/{userId}</c>, tag <c>url.template</c>), so a trace reads without ids in its names.
    /// </summary>
    public static void NameSpan(Activity activity, HttpRequestMessage request)
    {
        if (request.Options.TryGetValue(RequestOption, out var route) && route.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space)
        {
            activity.DisplayName = route;
            activity.SetTag("url.template", route[(space + 1)..]);
        }
    }
}
