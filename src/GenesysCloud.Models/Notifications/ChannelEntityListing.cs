namespace GenesysCloud.Models;

/// <summary>The answer of `GET /api/v2/notifications/channels`: the caller's channels.</summary>
public sealed record ChannelEntityListing
{
    /// <summary>The channels.</summary>
    public List<Channel>? Entities { get; init; }
}
