namespace GenesysCloud.Simulator;

/// <summary>The answer of <c>GET /__simulator/notifications/channels</c>: the service's counters and every live channel.</summary>
public sealed record NotificationChannelsResponse(NotificationCounts Counts, IReadOnlyList<NotificationChannelSnapshot> Channels);
