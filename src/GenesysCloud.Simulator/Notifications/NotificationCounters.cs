namespace GenesysCloud.Simulator.Notifications;

/// <summary>The counters behind <see cref="NotificationCounts"/>; interlocked, cheap on the publishing path.</summary>
internal sealed class NotificationCounters
{
    private long _channelsCreated;
    private long _channelsRemoved;
    private long _socketsOpened;
    private long _socketsClosed;
    private long _eventsPublished;
    private long _eventsDelivered;
    private long _eventsDropped;
    private long _heartbeatsSent;

    public void ChannelCreated() => Interlocked.Increment(ref _channelsCreated);
    public void ChannelRemoved() => Interlocked.Increment(ref _channelsRemoved);
    public void SocketOpened() => Interlocked.Increment(ref _socketsOpened);
    public void SocketClosed() => Interlocked.Increment(ref _socketsClosed);
    public void EventPublished() => Interlocked.Increment(ref _eventsPublished);
    public void EventDelivered() => Interlocked.Increment(ref _eventsDelivered);
    public void EventDropped() => Interlocked.Increment(ref _eventsDropped);
    public void HeartbeatSent() => Interlocked.Increment(ref _heartbeatsSent);

    public NotificationCounts Snapshot() => new(
        Interlocked.Read(ref _channelsCreated),
        Interlocked.Read(ref _channelsRemoved),
        Interlocked.Read(ref _socketsOpened),
        Interlocked.Read(ref _socketsClosed),
        Interlocked.Read(ref _eventsPublished),
        Interlocked.Read(ref _eventsDelivered),
        Interlocked.Read(ref _eventsDropped),
        Interlocked.Read(ref _heartbeatsSent));

    public void Reset()
    {
        Interlocked.Exchange(ref _channelsCreated, 0);
        Interlocked.Exchange(ref _channelsRemoved, 0);
        Interlocked.Exchange(ref _socketsOpened, 0);
        Interlocked.Exchange(ref _socketsClosed, 0);
        Interlocked.Exchange(ref _eventsPublished, 0);
        Interlocked.Exchange(ref _eventsDelivered, 0);
        Interlocked.Exchange(ref _eventsDropped, 0);
        Interlocked.Exchange(ref _heartbeatsSent, 0);
    }
}
