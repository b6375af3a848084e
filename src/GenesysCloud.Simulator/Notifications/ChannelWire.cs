namespace GenesysCloud.Simulator.Notifications;

/// <summary>A notification channel as the platform answers it (<c>Channel</c>): id, where to connect, when it expires.</summary>
internal sealed record ChannelWire(string Id, string ConnectUri, DateTimeOffset Expires);
