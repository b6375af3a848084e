namespace Gateway.Notifications;

/// <summary>Subscribes upstream topics (ref-counted across callers) and delivers their events.</summary>
public interface IUpstreamTopicSubscriptions
{
    /// <summary>
    /// Ensures <paramref name="topic"/> is subscribed on some channel and calls <paramref name="onEvent"/> for each of
    /// its events until the returned handle is disposed; the topic is released upstream when its last handle is disposed.
    /// Events reach <paramref name="onEvent"/> one at a time, in order, through a bounded queue of this subscriber's own
    /// (when it falls behind, its oldest undelivered events are dropped: a later event of an entity supersedes an earlier one).
    /// </summary>
    /// <exception cref="TopicRejectedException">The upstream refused the topic (with its rejection reason).</exception>
    /// <exception cref="NotificationCapacityExceededException">Every channel allowed is full.</exception>
    /// <exception cref="Upstream.GenesysApiException">A channel call failed.</exception>
    Task<IAsyncDisposable> SubscribeAsync(string topic, Func<UpstreamNotification, ValueTask> onEvent, CancellationToken cancellationToken);
}
