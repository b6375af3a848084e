namespace GenesysCloud.Simulator.Notifications;

/// <summary>The answer of <c>GET /api/v2/notifications/channels</c> (<c>ChannelEntityListing</c>).</summary>
internal sealed record ChannelWireListing(IReadOnlyList<ChannelWire> Entities);
