namespace GenesysCloud.Simulator.Notifications;

/// <summary>
/// A topic of a channel (<c>ChannelTopic</c>): the request names only <see cref="Id"/>; the answer adds whether it was
/// <c>Permitted</c> or <c>Rejected</c>, and why.
/// </summary>
internal sealed record ChannelTopicWire
{
    public string? Id { get; init; }
    public string? State { get; init; }
    public string? RejectionReason { get; init; }
}
