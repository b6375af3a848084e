namespace GenesysCloud.Simulator;

/// <summary>A channel as the control API shows it: its owner, topics, socket state and the events it was sent.</summary>
public sealed record NotificationChannelSnapshot(
    string Id,
    string OrganizationId,
    string ClientId,
    string ConnectUri,
    DateTimeOffset Expires,
    IReadOnlyList<string> Topics,
    bool SocketOpen,
    bool SocketSilenced,
    long EventsSent);
