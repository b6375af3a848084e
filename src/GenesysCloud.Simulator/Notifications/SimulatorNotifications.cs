using GenesysCloud.Simulator.Notifications;

namespace GenesysCloud.Simulator;

/// <summary>
/// The simulated notification service, for tests and benchmarks: its channels and counters, and sockets ended on
/// demand (the platform's maintenance close, a dropped connection, a socket gone silent).
/// </summary>
public sealed class SimulatorNotifications
{
    private readonly NotificationChannelRegistry _channels;

    internal SimulatorNotifications(NotificationChannelRegistry channels)
    {
        _channels = channels;
    }

    /// <summary>What the service did since the last <see cref="ResetCounts"/>.</summary>
    public NotificationCounts Counts => _channels.Counters.Snapshot();

    public void ResetCounts() => _channels.Counters.Reset();

    /// <summary>Every live channel (of every organization and client, or of one organization), oldest first.</summary>
    public IReadOnlyList<NotificationChannelSnapshot> Channels(string? organizationId = null) =>
        [.. _channels.All
            .Where(c => organizationId is null || c.OrganizationId == SimulatorDataStore.Normalize(organizationId))
            .OrderBy(c => c.Created)
            .Select(c => new NotificationChannelSnapshot(
                c.Id, c.OrganizationId, c.ClientId, c.ConnectUri, c.Expires, [.. c.Topics.Order(StringComparer.Ordinal)],
                c.HasOpenSocket, c.Socket?.IsSilenced ?? false, c.EventsSent))];

    /// <summary>
    /// Ends the open socket of one channel (or of every channel, optionally of one organization) the way
    /// <paramref name="mode"/> says; the ids of the channels whose socket it ended. The channels themselves stay.
    /// </summary>
    public IReadOnlyList<string> CloseSockets(SocketCloseMode mode, string? channelId = null, string? organizationId = null) =>
        _channels.EndSockets(mode, channelId, organizationId);
}
