namespace GenesysCloud.Models;

/// <summary>A co-browse conversation (`GET /api/v2/conversations/cobrowsesessions/{conversationId}`).</summary>
public sealed record CobrowseConversation
{
    /// <summary>The globally unique identifier for the object.</summary>
    public required string Id { get; init; }

    /// <summary>The conversation name.</summary>
    public string? Name { get; init; }

    /// <summary>The list of participants involved in the conversation.</summary>
    public List<CobrowseMediaParticipant>? Participants { get; init; }

    /// <summary>The list of other media channels involved in the conversation.</summary>
    public List<string>? OtherMediaUris { get; init; }

    /// <summary>The URI for this object.</summary>
    public string? SelfUri { get; init; }
}
