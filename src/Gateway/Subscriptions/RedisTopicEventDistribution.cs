using Gateway.Caching;
using Gateway.Notifications;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Gateway.Subscriptions;

/// <summary>
/// Several instances on one Redis: a topic's events travel over a Redis pub/sub channel, so a client on any instance
/// receives what another instance's upstream channel delivered, and only the instance holding the topic's lease
/// (<see cref="TopicLeaseCoordinator"/>) subscribes it upstream. The holder evicts what the event changed everywhere,
/// gives it to its own subscribers, then publishes it; the others evict their memory and deliver it in the order
/// Redis hands it over. Redis resubscribes its channels by itself after a reconnect. A topic joined while Redis does
/// not answer is subscribed upstream by this instance alone (<paramref name="local"/>), so a new subscription still
/// works; it stays so until its last subscriber leaves.
/// </summary>
public sealed class RedisTopicEventDistribution(
    LocalTopicEventDistribution local,
    RedisConnection redis,
    TopicLeaseCoordinator leases,
    IUpstreamTopicSubscriptions upstream,
    TopicEventCacheEviction eviction,
    OrganizationCacheScope scope,
    IOptions<CacheOptions> cacheOptions,
    ILogger<RedisTopicEventDistribution> logger) : ITopicEventDistribution
{
    /// <inheritdoc />
    public async Task<IAsyncDisposable> JoinAsync(string topic, Func<TopicEvent, ValueTask> deliver, CancellationToken cancellationToken)
    {
        var organizationId = await scope.GetAsync(cancellationToken).ConfigureAwait(false);
        var channel = RedisChannel.Literal($"{cacheOptions.Value.KeyPrefix}:{organizationId}:events:{topic}");
        ISubscriber subscriber;
        ChannelMessageQueue queue;
        try
        {
            subscriber = (await redis.GetAsync().ConfigureAwait(false)).GetSubscriber();

            // One queue per joined topic: its messages are handled one at a time, in order.
            queue = await subscriber.SubscribeAsync(channel).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            SubscriptionsLog.JoinedWithoutRedis(logger, topic, ex);
            return await local.JoinAsync(topic, deliver, cancellationToken).ConfigureAwait(false);
        }

        queue.OnMessage(message => OnBusMessageAsync(topic, message.Message, deliver));
        try
        {
            var lease = await leases.WantAsync(
                topic,
                holderToken => upstream.SubscribeAsync(topic, notification => OnUpstreamEventAsync(notification, subscriber, channel, deliver), holderToken),
                cancellationToken).ConfigureAwait(false);
            return new Membership(queue, lease);
        }
        catch
        {
            await queue.UnsubscribeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async ValueTask OnUpstreamEventAsync(UpstreamNotification notification, ISubscriber subscriber, RedisChannel channel, Func<TopicEvent, ValueTask> deliver)
    {
        var topicEvent = TopicEvents.From(notification);
        await eviction.EvictEverywhereAsync(topicEvent, CancellationToken.None).ConfigureAwait(false);

        // Our own subscribers first and directly: they keep receiving while Redis is away (the echo is de-duplicated).
        await deliver(topicEvent).ConfigureAwait(false);
        try
        {
            await subscriber.PublishAsync(channel, TopicEvents.Serialize(topicEvent)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            SubscriptionsLog.PublishFailed(logger, topicEvent.Topic, ex);
        }
    }

    private async Task OnBusMessageAsync(string topic, RedisValue message, Func<TopicEvent, ValueTask> deliver)
    {
        if (TopicEvents.Deserialize(((ReadOnlyMemory<byte>)message).Span) is not { } topicEvent || topicEvent.Topic != topic)
        {
            SubscriptionsLog.UnreadableBusMessage(logger);
            return;
        }

        await eviction.EvictLocallyAsync(topicEvent, CancellationToken.None).ConfigureAwait(false);
        await deliver(topicEvent).ConfigureAwait(false);
    }

    private sealed class Membership(ChannelMessageQueue queue, IAsyncDisposable lease) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await lease.DisposeAsync().ConfigureAwait(false);
            await queue.UnsubscribeAsync().ConfigureAwait(false);
        }
    }
}
