namespace Gateway.Notifications;

/// <summary>
/// A new topic found no room: every one of the <c>MaxChannels</c> channels already holds <c>MaxTopicsPerChannel</c>
/// topics (the upstream's limits are 20 channels and 1,000 topics a channel).
/// </summary>
public sealed class NotificationCapacityExceededException : Exception
{
    public NotificationCapacityExceededException(int maxChannels, int maxTopicsPerChannel)
        : base($"No room for another notification topic: all {maxChannels} channels hold {maxTopicsPerChannel} topics each.")
    {
        MaxChannels = maxChannels;
        MaxTopicsPerChannel = maxTopicsPerChannel;
    }

    public int MaxChannels { get; }

    public int MaxTopicsPerChannel { get; }
}
