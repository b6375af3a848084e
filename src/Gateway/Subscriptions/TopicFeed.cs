namespace Gateway.Subscriptions;

/// <summary>One topic's subscribers on this instance, the distribution handle that feeds them, and the ids it delivered.</summary>
internal sealed class TopicFeed(string topic, int recentIdCapacity)
{
    private readonly Lock _gate = new();
    private readonly RecentCorrelationIds _recentIds = new(recentIdCapacity);
    private TopicFeedSubscriber[] _subscribers = [];
    private Task<IAsyncDisposable>? _join;

    public string Topic { get; } = topic;

    /// <summary>Guarded by <see cref="TopicFeeds"/>' lock.</summary>
    public int References { get; set; }

    /// <summary>Joins the distribution once; a failed join is forgotten so that the next subscriber tries again.</summary>
    public async Task JoinAsync(ITopicEventDistribution distribution, CancellationToken cancellationToken)
    {
        Task<IAsyncDisposable> join;
        lock (_gate)
        {
            join = _join ??= distribution.JoinAsync(Topic, DeliverAsync, CancellationToken.None);
        }

        try
        {
            await join.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch when (join.IsFaulted || join.IsCanceled)
        {
            lock (_gate)
            {
                if (ReferenceEquals(_join, join))
                {
                    _join = null;
                }
            }

            throw;
        }
    }

    public async Task LeaveAsync()
    {
        Task<IAsyncDisposable>? join;
        lock (_gate)
        {
            join = _join;
            _join = null;
        }

        if (join is not null)
        {
            var handle = await join.ConfigureAwait(false);
            await handle.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Add(TopicFeedSubscriber subscriber)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers, subscriber];
            subscriber.Removed = () => Remove(subscriber);
        }
    }

    private void Remove(TopicFeedSubscriber subscriber)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers.Where(s => !ReferenceEquals(s, subscriber))];
        }
    }

    private ValueTask DeliverAsync(TopicEvent topicEvent)
    {
        TopicFeedSubscriber[] subscribers;
        lock (_gate)
        {
            if (!_recentIds.Add(topicEvent.CorrelationId))
            {
                return ValueTask.CompletedTask;
            }

            subscribers = _subscribers;
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Deliver(topicEvent);
        }

        return ValueTask.CompletedTask;
    }
}
