namespace GenesysCloud.Simulator.Notifications;

/// <summary>The answer of the subscription routes (<c>ChannelTopicEntityListing</c>).</summary>
internal sealed record ChannelTopicWireListing(IReadOnlyList<ChannelTopicWire> Entities);
