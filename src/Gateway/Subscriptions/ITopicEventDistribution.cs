namespace Gateway.Subscriptions;

/// <summary>
/// How a topic's events reach this instance: straight from its own upstream channel (one instance), or over Redis
/// pub/sub from whichever instance holds the topic's upstream subscription (several instances).
/// </summary>
public interface ITopicEventDistribution
{
    /// <summary>
    /// Starts bringing the events of <paramref name="topic"/> to <paramref name="deliver"/> until the returned handle is
    /// disposed. Throws when the upstream refuses the topic.
    /// </summary>
    Task<IAsyncDisposable> JoinAsync(string topic, Func<TopicEvent, ValueTask> deliver, CancellationToken cancellationToken);
}
