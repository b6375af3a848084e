namespace GenesysCloud.Models;

/// <summary>The answer of `PUT /api/v2/notifications/channels/{channelId}/subscriptions`: the channel's topics now.</summary>
public sealed record ChannelTopicEntityListing
{
    /// <summary>The topics, each with its state.</summary>
    public List<ChannelTopic>? Entities { get; init; }
}
