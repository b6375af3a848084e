namespace Gateway.Notifications;

/// <summary>
/// One topic wanted by one or more subscribers, on one channel. Its members change only under the owning
/// <see cref="UpstreamTopicSubscriptions"/>' lock; <see cref="Subscribers"/> is copied on write, so it is read without it.
/// </summary>
internal sealed class TopicRegistration(string topic, UpstreamChannel channel)
{
    public string Topic { get; } = topic;

    public UpstreamChannel Channel { get; } = channel;

    public TopicSubscriber[] Subscribers { get; private set; } = [];

    /// <summary>Completes when the upstream confirmed the topic; faults when it refused it or the channel calls failed.</summary>
    public TaskCompletionSource Confirmation { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsConfirmed => Confirmation.Task.IsCompletedSuccessfully;

    public void Add(TopicSubscriber subscriber) => Subscribers = [.. Subscribers, subscriber];

    public void Remove(TopicSubscriber subscriber) => Subscribers = [.. Subscribers.Where(s => !ReferenceEquals(s, subscriber))];
}
