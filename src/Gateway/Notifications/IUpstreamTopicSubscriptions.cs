namespace Gateway.Notifications;

/// <summary>Subscribes upstream topics (ref-counted across callers) and delivers their events.</summary>
public interface IUpstreamTopicSubscriptions
{
    /// <summary>
    /// Ensures <paramref name="topic"/> is subscribed on some channel and calls <paramref name="onEvent"/> for each of its
    /// events until the returned handle is disposed; the topic is released upstream when its last handle is disposed.
    /// </summary>
    Task<IAsyncDisposable> SubscribeAsync(string topic, Func<UpstreamNotification, ValueTask> onEvent, CancellationToken cancellationToken);
}
