namespace GenesysCloud.Models;

/// <summary>A notification channel: `POST /api/v2/notifications/channels` answers one, `{ id, connectUri, expires }`.</summary>
public sealed record Channel
{
    /// <summary>The channel's id.</summary>
    public required string Id { get; init; }

    /// <summary>The WebSocket URI to connect to (<c>wss://</c> upstream); whoever holds it can read the channel.</summary>
    public string? ConnectUri { get; init; }

    /// <summary>When the channel ends unless it is extended by subscribing again.</summary>
    public DateTimeOffset? Expires { get; init; }
}
