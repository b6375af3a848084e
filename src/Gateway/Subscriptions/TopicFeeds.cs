using Microsoft.Extensions.Options;

namespace Gateway.Subscriptions;

/// <summary>
/// The gateway's event bus as subscriptions see it: one feed per upstream topic on this instance, shared by every
/// GraphQL subscription that needs the topic. The first subscriber joins the topic's distribution (upstream, or Redis
/// and a lease); the last one to leave releases it. Each feed delivers an event once, whatever path brought it twice
/// (an upstream reconnect, a lease handover, the holder's own Redis echo), by its correlation id.
/// </summary>
public sealed class TopicFeeds(ITopicEventDistribution distribution, IOptions<EventBusOptions> options, ILogger<TopicFeeds> logger)
{
    private readonly Dictionary<string, TopicFeed> _feeds = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The topics with at least one subscriber on this instance.</summary>
    public IReadOnlyList<string> Topics
    {
        get
        {
            lock (_gate)
            {
                return [.. _feeds.Keys];
            }
        }
    }

    /// <summary>
    /// Joins <paramref name="topic"/> (waiting until the upstream has accepted it) and returns its events as a stream
    /// for one subscriber; the topic is left when that subscriber unsubscribes. Events that arrive between this call and
    /// the subscription are kept for it (a few). Throws when the upstream refuses the topic.
    /// </summary>
    public async Task<IObservable<TopicEvent>> OpenAsync(string topic, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        TopicFeed feed;
        lock (_gate)
        {
            if (!_feeds.TryGetValue(topic, out feed!))
            {
                feed = new TopicFeed(topic, options.Value.RecentEventIdsPerTopic);
                _feeds[topic] = feed;
            }

            feed.References++;
        }

        // On the feed before the join completes: an event that comes with or right after the upstream's confirmation, or
        // before the caller subscribes, is kept for it, not lost.
        var subscriber = new TopicFeedSubscriber(() => Release(feed));
        feed.Add(subscriber);
        try
        {
            await feed.JoinAsync(distribution, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Given up before it started: subscribing and disposing at once releases the topic.
            subscriber.Subscribe(static _ => { }).Dispose();
            throw;
        }

        return subscriber;
    }

    private void Release(TopicFeed feed)
    {
        lock (_gate)
        {
            if (--feed.References > 0)
            {
                return;
            }

            _feeds.Remove(feed.Topic);
        }

        _ = LeaveAsync(feed);
    }

    private async Task LeaveAsync(TopicFeed feed)
    {
        try
        {
            await feed.LeaveAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            SubscriptionsLog.TopicLeaveFailed(logger, feed.Topic, ex);
        }
    }
}
