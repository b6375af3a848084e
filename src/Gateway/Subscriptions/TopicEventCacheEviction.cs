using System.Text.Json;
using Gateway.Caching;

namespace Gateway.Subscriptions;

/// <summary>
/// What an upstream event makes stale in the entity cache, by its topic: a journey session (and its contact's cached
/// pages, since a new session joins the head of the list), a conversation and its co-browse view, an external contact.
/// The instance whose channel received the event evicts everywhere (Redis and, through the backplane, every memory)
/// before it passes the event on; the instances it reaches evict their own memory before they deliver it, so a query
/// made after an event, on any instance, sees the new state. A failed eviction is logged, never thrown: the entries run
/// out with their time to live, and the event itself still goes out.
/// </summary>
public sealed class TopicEventCacheEviction(EntityCache cache, ILogger<TopicEventCacheEviction> logger)
{
    /// <summary>Evicts everywhere: the instance that received the event from the upstream.</summary>
    public Task EvictEverywhereAsync(TopicEvent topicEvent, CancellationToken cancellationToken)
        => TryEvictAsync(topicEvent, everywhere: true, cancellationToken);

    /// <summary>Evicts this instance's memory: an instance the event reached over the bus.</summary>
    public Task EvictLocallyAsync(TopicEvent topicEvent, CancellationToken cancellationToken)
        => TryEvictAsync(topicEvent, everywhere: false, cancellationToken);

    private async Task TryEvictAsync(TopicEvent topicEvent, bool everywhere, CancellationToken cancellationToken)
    {
        try
        {
            await EvictAsync(topicEvent, everywhere, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            SubscriptionsLog.EvictionFailed(logger, topicEvent.Topic, ex);
        }
    }

    private async Task EvictAsync(TopicEvent topicEvent, bool everywhere, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topicEvent);
        var topic = UpstreamTopic.Parse(topicEvent.Topic);
        var evict = everywhere
            ? (Func<string, string, CancellationToken, Task>)cache.EvictAsync
            : cache.EvictLocallyAsync;
        switch (topic.Kind)
        {
            case UpstreamTopicKind.ExternalContactJourneySessions:
                if (BodyId(topicEvent) is { } sessionId)
                {
                    await evict(EntityKinds.Session, sessionId, cancellationToken).ConfigureAwait(false);
                }

                // Tag removal is always everywhere: FusionCache records it as a tag's clear time, idempotent.
                await cache.EvictTaggedAsync(EntityKinds.SessionPage, topic.EntityId, cancellationToken).ConfigureAwait(false);
                break;
            case UpstreamTopicKind.ExternalContact:
                await evict(EntityKinds.ExternalContact, topic.EntityId, cancellationToken).ConfigureAwait(false);
                break;
            case UpstreamTopicKind.UserConversations:
            case UpstreamTopicKind.QueueConversations:
            case UpstreamTopicKind.UserCobrowseSessions:
            case UpstreamTopicKind.QueueCobrowseSessions:
                if (BodyId(topicEvent) is { } conversationId)
                {
                    await evict(EntityKinds.Conversation, conversationId, cancellationToken).ConfigureAwait(false);
                    await evict(EntityKinds.CobrowseConversation, conversationId, cancellationToken).ConfigureAwait(false);
                }

                break;
        }
    }

    // Cache ids are lower-case GUIDs (see CachedEntityDataLoader).
    private static string? BodyId(TopicEvent topicEvent)
    {
        try
        {
            using var body = JsonDocument.Parse(topicEvent.Body);
            return body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String
                ? id.GetString()?.ToLowerInvariant()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
