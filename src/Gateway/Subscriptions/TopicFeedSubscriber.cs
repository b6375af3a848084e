namespace Gateway.Subscriptions;

/// <summary>
/// One subscriber of a topic feed. It is on the feed from the moment the topic was joined, before the GraphQL engine
/// subscribes to it: events of that gap are kept (at most <see cref="MaxPendingEvents"/>) and handed over on subscription.
/// </summary>
internal sealed class TopicFeedSubscriber(Action release) : IObservable<TopicEvent>
{
    /// <summary>Events kept for a subscriber that has not subscribed yet.</summary>
    public const int MaxPendingEvents = 64;

    private readonly Lock _gate = new();
    private Queue<TopicEvent>? _pending = new();
    private IObserver<TopicEvent>? _observer;
    private int _released;

    /// <summary>Takes the subscriber off its feed; set by the feed.</summary>
    public Action? Removed { get; set; }

    public void Deliver(TopicEvent topicEvent)
    {
        IObserver<TopicEvent>? observer;
        lock (_gate)
        {
            observer = _observer;
            if (observer is null)
            {
                if (_pending is { Count: < MaxPendingEvents } pending)
                {
                    pending.Enqueue(topicEvent);
                }

                return;
            }
        }

        observer.OnNext(topicEvent);
    }

    public IDisposable Subscribe(IObserver<TopicEvent> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        Queue<TopicEvent> pending;
        lock (_gate)
        {
            if (_observer is not null || _pending is null)
            {
                throw new InvalidOperationException("A topic feed subscription serves one subscriber, once.");
            }

            // Handed over under the lock, so a concurrent delivery waits and comes after these.
            pending = _pending;
            _pending = null;
            foreach (var topicEvent in pending)
            {
                observer.OnNext(topicEvent);
            }

            _observer = observer;
        }

        return new Unsubscriber(this);
    }

    private void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            Removed?.Invoke();
            release();
        }
    }

    private sealed class Unsubscriber(TopicFeedSubscriber subscriber) : IDisposable
    {
        public void Dispose() => subscriber.Release();
    }
}
