using System.Collections.Frozen;

namespace GenesysCloud.Simulator.Notifications;

/// <summary>
/// A channel: who created it, its topics (an immutable set swapped whole, so publishers read it without a lock), its
/// current socket, and when it expires. Writes go through <see cref="NotificationChannelRegistry"/> under its lock.
/// </summary>
internal sealed class NotificationChannel(string id, string organizationId, string clientId, string connectUri, DateTimeOffset created)
{
    private FrozenSet<string> _topics = FrozenSet<string>.Empty;
    private ChannelSocket? _socket;
    private long _expiresTicks;
    private long _lastUsedTicks = created.UtcTicks;
    private long _eventsSent;

    public string Id { get; } = id;
    public string OrganizationId { get; } = organizationId;
    public string ClientId { get; } = clientId;
    public string ConnectUri { get; } = connectUri;
    public DateTimeOffset Created { get; } = created;

    public FrozenSet<string> Topics
    {
        get => Volatile.Read(ref _topics);
        set => Volatile.Write(ref _topics, value);
    }

    public ChannelSocket? Socket
    {
        get => Volatile.Read(ref _socket);
        set => Volatile.Write(ref _socket, value);
    }

    public bool HasOpenSocket => Socket is { IsOpen: true };

    public DateTimeOffset Expires
    {
        get => new(Interlocked.Read(ref _expiresTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref _expiresTicks, value.UtcTicks);
    }

    public DateTimeOffset LastUsed
    {
        get => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref _lastUsedTicks, value.UtcTicks);
    }

    /// <summary>Events delivered to this channel's sockets.</summary>
    public long EventsSent => Interlocked.Read(ref _eventsSent);

    /// <summary>Fires at <see cref="Expires"/>; moved on each resubscription.</summary>
    public ITimer? ExpiryTimer { get; set; }

    public bool Removed { get; set; }

    public void EventSent() => Interlocked.Increment(ref _eventsSent);

    public ChannelWire ToWire() => new(Id, ConnectUri, Expires);
}
