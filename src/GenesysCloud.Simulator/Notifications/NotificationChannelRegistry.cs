using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text.Json;
using GenesysCloud.Simulator.Hosting;
using Microsoft.Extensions.Options;

namespace GenesysCloud.Simulator.Notifications;

/// <summary>
/// Every channel of every organization: creation under the per-client limit (the platform removes the least recently
/// used channel, those without an open socket first), subscriptions, expiry, the one socket of a channel, and the
/// fan-out of an event to the sockets of the organization's channels subscribed to its topic.
/// </summary>
internal sealed class NotificationChannelRegistry : IDisposable
{
    public const string Permitted = "Permitted";
    public const string Rejected = "Rejected";

    private readonly ConcurrentDictionary<string, NotificationChannel> _channels = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly SimulatorNotificationsOptions _options;
    private readonly SimulatorDataStore _data;
    private readonly TimeProvider _time;
    private readonly ILogger<NotificationChannelRegistry> _logger;

    public NotificationChannelRegistry(
        IOptions<SimulatorOptions> options, SimulatorDataStore data, TimeProvider time, ILogger<NotificationChannelRegistry> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value.Notifications;
        _data = data;
        _time = time;
        _logger = logger;
    }

    public NotificationCounters Counters { get; } = new();

    public SimulatorNotificationsOptions Options => _options;

    public TimeSpan Lifetime => TimeSpan.FromSeconds(_options.ChannelLifetimeSeconds);

    public TimeSpan HeartbeatInterval => TimeSpan.FromSeconds(_options.HeartbeatIntervalSeconds);

    public IEnumerable<NotificationChannel> All => _channels.Values;

    /// <summary>A new channel of the caller's client; the client's least recently used channel makes room past the limit.</summary>
    public NotificationChannel Create(IssuedToken caller, string socketBaseUri)
    {
        var organizationId = SimulatorDataStore.Normalize(caller.OrganizationId);
        var clientId = caller.Client.ClientId;
        var id = NewChannelId();
        var now = _time.GetUtcNow();
        var channel = new NotificationChannel(id, organizationId, clientId, $"{socketBaseUri.TrimEnd('/')}/channels/{id}", now)
        {
            Expires = now + Lifetime,
        };

        List<NotificationChannel> evicted = [];
        lock (_gate)
        {
            var owned = OfClient(organizationId, clientId);
            while (owned.Count >= _options.MaxChannelsPerClient)
            {
                var oldest = owned.OrderBy(c => c.HasOpenSocket).ThenBy(c => c.LastUsed).ThenBy(c => c.Created).First();
                owned.Remove(oldest);
                evicted.Add(oldest);
            }

            _channels[id] = channel;
            channel.ExpiryTimer = _time.CreateTimer(static state => ((ChannelExpiry)state!).Fire(), new ChannelExpiry(this, channel), Lifetime, Timeout.InfiniteTimeSpan);
        }

        Counters.ChannelCreated();
        SimulatorLog.ChannelCreated(_logger, id, clientId);
        foreach (var old in evicted)
        {
            Remove(old, "the client created more channels than the limit", "The channel was removed: the client reached its channel limit.");
        }

        return channel;
    }

    /// <summary>The client's channels in the organization, oldest first.</summary>
    public List<NotificationChannel> OfClient(string organizationId, string clientId) =>
        [.. _channels.Values
            .Where(c => c.OrganizationId == SimulatorDataStore.Normalize(organizationId) && c.ClientId == clientId && !c.Removed)
            .OrderBy(c => c.Created)];

    /// <summary>The channel, when it belongs to the caller's client (another client's channel is not found, as on the platform).</summary>
    public NotificationChannel? Find(IssuedToken caller, string channelId) =>
        _channels.TryGetValue(channelId, out var channel)
        && !channel.Removed
        && channel.OrganizationId == SimulatorDataStore.Normalize(caller.OrganizationId)
        && channel.ClientId == caller.Client.ClientId
            ? channel
            : null;

    public NotificationChannel? FindById(string channelId) =>
        _channels.TryGetValue(channelId, out var channel) && !channel.Removed ? channel : null;

    /// <summary>
    /// Adds (<paramref name="replace"/> false) or replaces the channel's topics and moves its expiry; null when the
    /// channel would hold more topics than allowed (nothing changes then).
    /// </summary>
    public ChannelTopicWireListing? Subscribe(NotificationChannel channel, IReadOnlyList<ChannelTopicWire> requested, bool replace)
    {
        var answers = new List<ChannelTopicWire>(requested.Count);
        var permitted = new List<string>(requested.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in requested)
        {
            var (name, reason) = NotificationTopics.Check(topic.Id, _data, channel.OrganizationId);
            if (!seen.Add(name))
            {
                continue;
            }

            if (reason is null)
            {
                permitted.Add(name);
                answers.Add(new ChannelTopicWire { Id = name, State = Permitted });
            }
            else
            {
                answers.Add(new ChannelTopicWire { Id = name, State = Rejected, RejectionReason = reason });
            }
        }

        lock (_gate)
        {
            var topics = replace ? permitted.ToFrozenSet(StringComparer.Ordinal) : channel.Topics.Union(permitted).ToFrozenSet(StringComparer.Ordinal);
            if (topics.Count > _options.MaxTopicsPerChannel)
            {
                return null;
            }

            channel.Topics = topics;
            Touch(channel);
            channel.Expires = _time.GetUtcNow() + Lifetime;
            channel.ExpiryTimer?.Change(Lifetime, Timeout.InfiniteTimeSpan);
        }

        return new ChannelTopicWireListing(answers);
    }

    public void Unsubscribe(NotificationChannel channel)
    {
        lock (_gate)
        {
            channel.Topics = FrozenSet<string>.Empty;
            Touch(channel);
        }
    }

    public ChannelTopicWireListing Subscriptions(NotificationChannel channel) =>
        new([.. channel.Topics.Order(StringComparer.Ordinal).Select(t => new ChannelTopicWire { Id = t, State = Permitted })]);

    public void Touch(NotificationChannel channel) => channel.LastUsed = _time.GetUtcNow();

    /// <summary>Makes <paramref name="socket"/> the channel's one socket; a socket already open there is closed (the newer connection wins).</summary>
    public void Attach(NotificationChannel channel, ChannelSocket socket)
    {
        ChannelSocket? previous;
        lock (_gate)
        {
            previous = channel.Socket;
            channel.Socket = socket;
            Touch(channel);
        }

        Counters.SocketOpened();
        SimulatorLog.SocketOpened(_logger, channel.Id);
        previous?.Close(null, WebSocketCloseStatus.PolicyViolation, "Another connection to this channel replaced this one.");

        // A channel removed while its socket was being accepted does not keep that socket.
        if (channel.Removed)
        {
            socket.Close(SocketClosing(channel, "The channel has been removed."), WebSocketCloseStatus.NormalClosure, "The channel has been removed.");
        }
    }

    public void Detach(NotificationChannel channel, ChannelSocket socket)
    {
        lock (_gate)
        {
            if (ReferenceEquals(channel.Socket, socket))
            {
                channel.Socket = null;
            }
        }

        Counters.SocketClosed();
        SimulatorLog.SocketClosed(_logger, channel.Id);
    }

    /// <summary>Sends one event to every open socket of the organization's channels subscribed to <paramref name="topic"/>; how many got it.</summary>
    public int Publish(string organizationId, string topic, ReadOnlyMemory<byte> envelope)
    {
        Counters.EventPublished();
        var delivered = 0;
        foreach (var channel in _channels.Values)
        {
            if (channel.OrganizationId != organizationId || !channel.Topics.Contains(topic) || channel.Socket is not { } socket)
            {
                continue;
            }

            if (socket.TrySend(envelope))
            {
                channel.EventSent();
                Counters.EventDelivered();
                delivered++;
            }
        }

        return delivered;
    }

    /// <summary>Ends the socket of each matching channel (all when <paramref name="channelId"/> is null); the channels affected.</summary>
    public IReadOnlyList<string> EndSockets(SocketCloseMode mode, string? channelId, string? organizationId)
    {
        var affected = new List<string>();
        foreach (var channel in _channels.Values)
        {
            if ((channelId is not null && channel.Id != channelId)
                || (organizationId is not null && channel.OrganizationId != SimulatorDataStore.Normalize(organizationId))
                || channel.Socket is not { IsOpen: true } socket)
            {
                continue;
            }

            switch (mode)
            {
                case SocketCloseMode.SocketClosing:
                    socket.Close(SocketClosing(channel, "The service is closing this socket; reconnect to the channel."),
                        WebSocketCloseStatus.EndpointUnavailable, "Service maintenance.");
                    break;
                case SocketCloseMode.Abort:
                    socket.Abort();
                    break;
                case SocketCloseMode.Silence:
                    socket.Silence();
                    break;
            }

            SimulatorLog.SocketEnded(_logger, channel.Id, mode);
            affected.Add(channel.Id);
        }

        return affected;
    }

    public void Dispose()
    {
        foreach (var channel in _channels.Values)
        {
            channel.ExpiryTimer?.Dispose();
        }
    }

    private void Expire(NotificationChannel channel)
    {
        // A resubscription may have moved the expiry while the timer fired.
        var remaining = channel.Expires - _time.GetUtcNow();
        if (remaining > TimeSpan.Zero)
        {
            channel.ExpiryTimer?.Change(remaining, Timeout.InfiniteTimeSpan);
            return;
        }

        Remove(channel, "expired", "The channel has expired.");
    }

    private void Remove(NotificationChannel channel, string reason, string message)
    {
        lock (_gate)
        {
            if (channel.Removed)
            {
                return;
            }

            channel.Removed = true;
            _channels.TryRemove(channel.Id, out _);
        }

        channel.ExpiryTimer?.Dispose();
        Counters.ChannelRemoved();
        SimulatorLog.ChannelRemoved(_logger, channel.Id, reason);
        channel.Socket?.Close(SocketClosing(channel, message), WebSocketCloseStatus.NormalClosure, message);
    }

    private static ReadOnlyMemory<byte> SocketClosing(NotificationChannel channel, string message)
    {
        var correlationId = Guid.NewGuid().ToString();
        var body = JsonSerializer.SerializeToUtf8Bytes(
            new SocketClosingBody(channel.Id, channel.OrganizationId, channel.ClientId, message, correlationId),
            NotificationWireJson.Context.SocketClosingBody);
        return NotificationMessages.Envelope(NotificationMessages.SocketClosingTopic, body, correlationId);
    }

    // The platform's channel ids read "streaming-<n>-<26 base-36 characters>".
    private static string NewChannelId()
    {
        const string alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
        Span<char> chars = stackalloc char[26];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return $"streaming-0-{chars}";
    }

    private sealed class ChannelExpiry(NotificationChannelRegistry registry, NotificationChannel channel)
    {
        public void Fire() => registry.Expire(channel);
    }
}
