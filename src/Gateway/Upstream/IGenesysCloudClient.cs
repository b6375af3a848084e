using GenesysCloud.Models;

namespace Gateway.Upstream;

/// <summary>
/// Every Genesys Cloud call the gateway makes, and the only place that knows upstream URLs and JSON.
/// By-id reads answer <c>null</c> for an unknown id (404); bulk reads split their ids into upstream-sized
/// calls and leave unknown ids out. Any other failure throws <see cref="GenesysApiException"/>.
/// </summary>
public interface IGenesysCloudClient
{
    /// <summary><c>GET /api/v2/journey/sessions/{sessionId}</c>.</summary>
    Task<Session?> GetSessionAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>
    /// <c>GET /api/v2/externalcontacts/contacts/{contactId}/journey/sessions?pageSize=&amp;after=</c>: one cursor page.
    /// An unknown contact answers <c>null</c>.
    /// </summary>
    Task<SessionListing?> GetExternalContactSessionsAsync(string contactId, int pageSize, string? after, CancellationToken cancellationToken);

    /// <summary><c>GET /api/v2/journey/segments/{segmentId}</c>.</summary>
    Task<JourneySegment?> GetJourneySegmentAsync(string segmentId, CancellationToken cancellationToken);

    /// <summary><c>GET /api/v2/conversations/{conversationId}</c>, with participants and their co-browse sessions.</summary>
    Task<Conversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary><c>GET /api/v2/conversations/cobrowsesessions/{conversationId}</c>.</summary>
    Task<CobrowseConversation?> GetCobrowseConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary><c>GET /api/v2/externalcontacts/contacts/{contactId}</c>.</summary>
    Task<ExternalContact?> GetExternalContactAsync(string contactId, CancellationToken cancellationToken);

    /// <summary>
    /// <c>POST /api/v2/externalcontacts/bulk/contacts</c>, split into calls of the configured batch size (a call
    /// the upstream refuses as too large, 400 or 422, is split in two and retried). Unknown ids are left out;
    /// an item that failed otherwise is reported in <see cref="BulkFetchResult{T}.Failures"/>.
    /// </summary>
    Task<BulkFetchResult<ExternalContact>> GetExternalContactsAsync(IReadOnlyCollection<string> contactIds, CancellationToken cancellationToken);

    /// <summary><c>GET /api/v2/users?id=…</c> (up to 100 ids a call). Unknown ids are left out.</summary>
    Task<IReadOnlyList<User>> GetUsersAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);

    /// <summary><c>GET /api/v2/routing/queues?id=…</c> (up to 100 ids a call). Unknown ids are left out.</summary>
    Task<IReadOnlyList<Queue>> GetQueuesAsync(IReadOnlyCollection<string> queueIds, CancellationToken cancellationToken);

    /// <summary><c>GET /api/v2/organizations/me</c>: the organization the configured credentials belong to.</summary>
    Task<Organization> GetOrganizationAsync(CancellationToken cancellationToken);

    /// <summary>
    /// <c>POST /api/v2/notifications/channels</c>: a new notification channel, <c>{ id, connectUri, expires }</c>.
    /// (Default members: a test double that serves no notifications need not implement them.)
    /// </summary>
    Task<Channel> CreateNotificationChannelAsync(CancellationToken cancellationToken)
        => throw new NotSupportedException("This client serves no notification channels.");

    /// <summary><c>HEAD /api/v2/notifications/channels/{channelId}</c>: whether the channel still exists (a 404 is <c>false</c>).</summary>
    Task<bool> NotificationChannelExistsAsync(string channelId, CancellationToken cancellationToken)
        => throw new NotSupportedException("This client serves no notification channels.");

    /// <summary><c>GET /api/v2/notifications/channels</c>: the channels of these credentials, with their expiry.</summary>
    Task<IReadOnlyList<Channel>> GetNotificationChannelsAsync(CancellationToken cancellationToken)
        => throw new NotSupportedException("This client serves no notification channels.");

    /// <summary>
    /// <c>PUT /api/v2/notifications/channels/{channelId}/subscriptions</c> with <c>[{ "id": topic }]</c>: replaces the
    /// channel's whole topic set (which also extends its life). Answers each topic's state; <c>null</c> when the
    /// channel no longer exists (404).
    /// </summary>
    Task<ChannelTopicEntityListing?> ReplaceNotificationSubscriptionsAsync(string channelId, IReadOnlyCollection<string> topics, CancellationToken cancellationToken)
        => throw new NotSupportedException("This client serves no notification channels.");
}
