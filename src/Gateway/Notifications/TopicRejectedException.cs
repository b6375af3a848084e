namespace Gateway.Notifications;

/// <summary>The upstream refused to subscribe a topic (no permission, unknown topic, malformed id).</summary>
public sealed class TopicRejectedException : Exception
{
    public TopicRejectedException(string topic, string? rejectionReason)
        : base(rejectionReason is null
            ? $"Genesys Cloud did not subscribe the topic {topic}."
            : $"Genesys Cloud rejected the topic {topic}: {rejectionReason}")
    {
        Topic = topic;
        RejectionReason = rejectionReason;
    }

    /// <summary>The topic refused.</summary>
    public string Topic { get; }

    /// <summary>The upstream's <c>rejectionReason</c>, when it gave one.</summary>
    public string? RejectionReason { get; }
}
