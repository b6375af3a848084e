namespace Gateway.Notifications;

/// <summary>What <see cref="IUpstreamTopicSubscriptions.SubscribeAsync"/> returns: disposing it releases the subscriber (once).</summary>
internal sealed class TopicSubscriptionHandle(UpstreamTopicSubscriptions owner, TopicSubscriber subscriber) : IAsyncDisposable
{
    private int _disposed;

    public ValueTask DisposeAsync()
        => Interlocked.Exchange(ref _disposed, 1) == 0 ? owner.ReleaseAsync(subscriber) : ValueTask.CompletedTask;
}
