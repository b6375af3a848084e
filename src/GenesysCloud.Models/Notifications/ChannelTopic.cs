namespace GenesysCloud.Models;

/// <summary>
/// One topic of a channel: an item of the body of `PUT /api/v2/notifications/channels/{channelId}/subscriptions`
/// (`{ "id": topic }`) and of its answer (`{ id, state, rejectionReason }`).
/// </summary>
public sealed record ChannelTopic
{
    /// <summary>The state the upstream names for a topic it subscribed.</summary>
    public const string PermittedState = "Permitted";

    /// <summary>The state the upstream names for a topic it refused.</summary>
    public const string RejectedState = "Rejected";

    /// <summary>The topic name, e.g. <c>v2.users.{id}.conversations</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The URI for this object.</summary>
    public string? SelfUri { get; init; }

    /// <summary><c>Permitted</c> or <c>Rejected</c> (kept as a string: a value never seen before must not fail the read).</summary>
    public string? State { get; init; }

    /// <summary>Why the upstream refused the topic, when it did.</summary>
    public string? RejectionReason { get; init; }
}
