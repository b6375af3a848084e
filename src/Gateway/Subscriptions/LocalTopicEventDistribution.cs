using Gateway.Notifications;

namespace Gateway.Subscriptions;

/// <summary>One instance, no Redis: every topic is subscribed on this instance's own upstream channel.</summary>
public sealed class LocalTopicEventDistribution(IUpstreamTopicSubscriptions upstream, TopicEventCacheEviction eviction) : ITopicEventDistribution
{
    /// <inheritdoc />
    public Task<IAsyncDisposable> JoinAsync(string topic, Func<TopicEvent, ValueTask> deliver, CancellationToken cancellationToken)
        => upstream.SubscribeAsync(
            topic,
            async notification =>
            {
                var topicEvent = TopicEvents.From(notification);
                await eviction.EvictEverywhereAsync(topicEvent, CancellationToken.None).ConfigureAwait(false);
                await deliver(topicEvent).ConfigureAwait(false);
            },
            cancellationToken);
}
