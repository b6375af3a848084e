using Gateway.Upstream;
using GenesysCloud.Models;
using Microsoft.Extensions.Options;

namespace Gateway.Notifications;

/// <summary>
/// The gateway's client of the upstream Notifications API. Topics are ref-counted across callers: the first
/// subscriber of a topic subscribes it upstream, on the first channel with room (another channel is opened past
/// <see cref="NotificationsOptions.MaxTopicsPerChannel"/>, up to <see cref="NotificationsOptions.MaxChannels"/>); the
/// last handle disposed releases it. One lock guards who wants what; each channel's own loop
/// (<see cref="UpstreamChannel"/>) brings the upstream in line, so a topic subscribed while it is being released ends
/// subscribed. Stopped with the host: every socket closed, every subscriber's delivery ended.
/// </summary>
public sealed class UpstreamTopicSubscriptions : IUpstreamTopicSubscriptions, IHostedService, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TopicRegistration> _topics = new(StringComparer.Ordinal);
    private readonly List<UpstreamChannel> _channels = [];
    private readonly HashSet<TopicSubscriber> _subscribers = [];
    private readonly Func<IGenesysCloudClient> _client;
    private readonly INotificationSocketConnector _connector;
    private readonly NotificationsOptions _options;
    private readonly NotificationsMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger _channelLogger;
    private readonly ILogger _subscriberLogger;
    private int _nextOrdinal;
    private bool _stopped;

    public UpstreamTopicSubscriptions(
        IServiceProvider services,
        INotificationSocketConnector connector,
        IOptions<NotificationsOptions> options,
        NotificationsMetrics metrics,
        TimeProvider time,
        ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(loggerFactory);

        // A typed client per use: the factory's handler rotation keeps working under a long-lived singleton.
        _client = services.GetRequiredService<IGenesysCloudClient>;
        _connector = connector;
        _options = options.Value;
        _metrics = metrics;
        _time = time;
        _channelLogger = loggerFactory.CreateLogger("Gateway.Notifications.Channels");
        _subscriberLogger = loggerFactory.CreateLogger("Gateway.Notifications.Subscribers");
    }

    /// <summary>Channels open or opening now (for tests and diagnostics).</summary>
    public int ChannelCount
    {
        get
        {
            lock (_gate)
            {
                return _channels.Count;
            }
        }
    }

    /// <summary>Topics wanted now, subscribed or being subscribed (for tests and diagnostics).</summary>
    public int TopicCount
    {
        get
        {
            lock (_gate)
            {
                return _topics.Count;
            }
        }
    }

    public async Task<IAsyncDisposable> SubscribeAsync(string topic, Func<UpstreamNotification, ValueTask> onEvent, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentNullException.ThrowIfNull(onEvent);
        cancellationToken.ThrowIfCancellationRequested();

        var subscriber = new TopicSubscriber(topic, onEvent, _options.SubscriberQueueCapacity, _metrics, _subscriberLogger);
        UpstreamChannel? toSync = null;
        Task confirmation;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopped, this);
            if (!_topics.TryGetValue(topic, out var registration))
            {
                var channel = ChannelWithRoom() ?? throw new NotificationCapacityExceededException(_options.MaxChannels, _options.MaxTopicsPerChannel);
                registration = new TopicRegistration(topic, channel);
                _topics.Add(topic, registration);
                channel.Topics.Add(topic);
                _metrics.TopicsChanged(1);
                toSync = channel;
            }

            registration.Add(subscriber);
            subscriber.Registration = registration;
            _subscribers.Add(subscriber);
            confirmation = registration.Confirmation.Task;
        }

        subscriber.Start();
        toSync?.RequestSync();
        try
        {
            await confirmation.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await ReleaseAsync(subscriber).ConfigureAwait(false);
            throw;
        }

        return new TopicSubscriptionHandle(this, subscriber);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Closes every socket and ends every subscriber's delivery; gives up waiting (not closing) when the host's stop times out.</summary>
    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        UpstreamChannel[] channels;
        TopicSubscriber[] subscribers;
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            channels = [.. _channels];
            subscribers = [.. _subscribers];
            foreach (var registration in _topics.Values)
            {
                registration.Confirmation.TrySetException(new ObjectDisposedException(nameof(UpstreamTopicSubscriptions)));
            }

            _metrics.TopicsChanged(-_topics.Count);
            _topics.Clear();
            _channels.Clear();
            _subscribers.Clear();
        }

        foreach (var channel in channels)
        {
            await channel.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var subscriber in subscribers)
        {
            await subscriber.StopAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Releases one subscriber; the topic goes when its last subscriber does.</summary>
    internal async ValueTask ReleaseAsync(TopicSubscriber subscriber)
    {
        UpstreamChannel? toSync = null;
        lock (_gate)
        {
            _subscribers.Remove(subscriber);
            var registration = subscriber.Registration;
            subscriber.Registration = null;
            if (registration is not null)
            {
                registration.Remove(subscriber);
                if (registration.Subscribers.Length == 0 && IsCurrent(registration))
                {
                    Forget(registration);
                    registration.Confirmation.TrySetCanceled();
                    toSync = registration.Channel;
                }
            }
        }

        toSync?.RequestSync();
        await subscriber.StopAsync().ConfigureAwait(false);
    }

    /// <summary>Hands an event to the subscribers of its topic, if it is still wanted on the channel it came from.</summary>
    internal void Dispatch(UpstreamChannel channel, UpstreamNotification notification)
    {
        TopicSubscriber[] subscribers;
        lock (_gate)
        {
            if (!_topics.TryGetValue(notification.TopicName, out var registration) || !ReferenceEquals(registration.Channel, channel))
            {
                return;
            }

            subscribers = registration.Subscribers;
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Deliver(notification);
        }
    }

    internal TopicSnapshot Snapshot(UpstreamChannel channel)
    {
        lock (_gate)
        {
            var topics = channel.Topics.ToArray();
            var pending = new List<TopicRegistration>();
            foreach (var topic in topics)
            {
                if (_topics.TryGetValue(topic, out var registration) && !registration.IsConfirmed)
                {
                    pending.Add(registration);
                }
            }

            return new TopicSnapshot(topics, [.. pending]);
        }
    }

    /// <summary>
    /// Applies the upstream's answer to a <c>PUT</c> of <paramref name="snapshot"/>: a topic it names <c>Permitted</c>
    /// (or without a state) is confirmed; one it names <c>Rejected</c>, or leaves out, is refused and forgotten.
    /// Answers the topics the upstream now holds for the channel.
    /// </summary>
    internal HashSet<string> Apply(UpstreamChannel channel, TopicSnapshot snapshot, ChannelTopicEntityListing answer)
    {
        var states = new Dictionary<string, ChannelTopic>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in answer.Entities ?? [])
        {
            if (!string.IsNullOrEmpty(entity.Id))
            {
                states[entity.Id] = entity;
            }
        }

        var held = new HashSet<string>(StringComparer.Ordinal);
        var rejected = new List<(TopicRegistration Registration, string? Reason)>();
        lock (_gate)
        {
            foreach (var topic in snapshot.Topics)
            {
                var permitted = states.TryGetValue(topic, out var state)
                    && !string.Equals(state.State, ChannelTopic.RejectedState, StringComparison.OrdinalIgnoreCase);
                if (permitted)
                {
                    held.Add(topic);
                }

                if (!_topics.TryGetValue(topic, out var registration) || !ReferenceEquals(registration.Channel, channel))
                {
                    continue;
                }

                if (permitted)
                {
                    registration.Confirmation.TrySetResult();
                }
                else
                {
                    Forget(registration);
                    rejected.Add((registration, state?.RejectionReason));
                }
            }
        }

        foreach (var (registration, reason) in rejected)
        {
            NotificationsLog.TopicRejected(_channelLogger, registration.Topic, reason);
            registration.Confirmation.TrySetException(new TopicRejectedException(registration.Topic, reason));
        }

        return held;
    }

    /// <summary>Confirms what waits for topics the upstream already holds.</summary>
    internal void Confirm(UpstreamChannel channel, TopicRegistration[] pending, IReadOnlySet<string> held)
    {
        foreach (var registration in pending)
        {
            if (ReferenceEquals(registration.Channel, channel) && held.Contains(registration.Topic))
            {
                registration.Confirmation.TrySetResult();
            }
        }
    }

    /// <summary>Fails (and forgets) topics still waiting for a channel whose calls failed.</summary>
    internal void Fail(TopicRegistration[] pending, Exception failure)
    {
        lock (_gate)
        {
            foreach (var registration in pending)
            {
                if (!registration.IsConfirmed && IsCurrent(registration))
                {
                    Forget(registration);
                }
            }
        }

        foreach (var registration in pending)
        {
            registration.Confirmation.TrySetException(failure);
        }
    }

    internal bool HasTopics(UpstreamChannel channel)
    {
        lock (_gate)
        {
            return channel.Topics.Count > 0;
        }
    }

    /// <summary>Takes an empty channel out of service, so no topic is put on it again; false when it has topics again.</summary>
    internal bool TryRetire(UpstreamChannel channel)
    {
        lock (_gate)
        {
            if (channel.Topics.Count > 0)
            {
                return false;
            }

            _channels.Remove(channel);
            return true;
        }
    }

    private UpstreamChannel? ChannelWithRoom()
    {
        foreach (var channel in _channels)
        {
            if (channel.Topics.Count < _options.MaxTopicsPerChannel)
            {
                return channel;
            }
        }

        if (_channels.Count >= _options.MaxChannels)
        {
            return null;
        }

        var created = new UpstreamChannel(++_nextOrdinal, this, _client, _connector, _options, _metrics, _time, _channelLogger);
        _channels.Add(created);
        created.Start();
        return created;
    }

    private bool IsCurrent(TopicRegistration registration)
        => _topics.TryGetValue(registration.Topic, out var current) && ReferenceEquals(current, registration);

    /// <summary>Removes a registration from the topic map and its channel (under the lock).</summary>
    private void Forget(TopicRegistration registration)
    {
        _topics.Remove(registration.Topic);
        registration.Channel.Topics.Remove(registration.Topic);
        _metrics.TopicsChanged(-1);
    }
}
