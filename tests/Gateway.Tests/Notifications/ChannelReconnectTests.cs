using System.Net.Http.Headers;
using Gateway.Notifications;
using Gateway.Tests.Infrastructure;
using GenesysCloud.Simulator;

namespace Gateway.Tests.Notifications;

/// <summary>A channel's socket ended every way the upstream ends one, and the channel itself gone or expiring.</summary>
public sealed class ChannelReconnectTests
{
    private static ValueTask Ignore(UpstreamNotification notification) => ValueTask.CompletedTask;

    private static async Task<(NotificationsTestHost Host, IAsyncDisposable Handle, string Topic, NotificationChannelSnapshot Channel)> SubscribedAsync(
        Action<SimulatorOptions>? simulator = null, Dictionary<string, string?>? settings = null)
    {
        var host = await NotificationsTestHost.StartAsync(simulator, settings);
        var topic = NotificationTopics.UserConversations(host.Simulator.Data.UserIds[0]);
        var handle = await host.Subscriptions.SubscribeAsync(topic, Ignore, CancellationToken.None);
        return (host, handle, topic, host.SingleChannel());
    }

    [Theory]
    [InlineData(SocketCloseMode.Abort, ReconnectReason.Aborted)]
    [InlineData(SocketCloseMode.SocketClosing, ReconnectReason.SocketClosing)]
    public async Task SocketEnded_ByTheUpstream_SameChannelConnectedAgain(SocketCloseMode mode, string reason)
    {
        var (host, handle, topic, channel) = await SubscribedAsync();
        await using var running = host;
        await using var subscription = handle;
        using var metrics = new MetricRecorder(host.Services);

        host.Simulator.Notifications.CloseSockets(mode, channel.Id);

        await Eventually.TrueAsync(() => host.Simulator.Notifications.Counts.SocketsOpened == 2 && host.SingleChannel().SocketOpen, "a second socket is open");
        var now = host.SingleChannel();
        Assert.Equal(channel.Id, now.Id);
        Assert.Equal([topic], now.Topics);
        Assert.Equal(1, metrics.Total(NotificationsMetrics.ReconnectsInstrumentName));

        // The simulator's abort may get a close frame out before the connection drops: either way, one reconnect.
        Assert.Equal(1, metrics.Total(NotificationsMetrics.ReconnectsInstrumentName, reason)
            + (mode == SocketCloseMode.Abort ? metrics.Total(NotificationsMetrics.ReconnectsInstrumentName, ReconnectReason.Closed) : 0));
        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.CreateNotificationChannel));
    }

    [Fact]
    public async Task SocketSilent_PastHeartbeatTimeout_WatchdogConnectsAgain()
    {
        var (host, handle, _, channel) = await SubscribedAsync(settings: new Dictionary<string, string?>
        {
            // Long enough that a loaded machine still answers a new socket's first ping in time.
            ["Genesys:Notifications:PingAfter"] = "00:00:00.500",
            ["Genesys:Notifications:HeartbeatTimeout"] = "00:00:02",
        });
        await using var running = host;
        await using var subscription = handle;
        using var metrics = new MetricRecorder(host.Services);

        host.Simulator.Notifications.CloseSockets(SocketCloseMode.Silence, channel.Id);

        await Eventually.TrueAsync(() => metrics.Total(NotificationsMetrics.ReconnectsInstrumentName, ReconnectReason.Watchdog) == 1, "the watchdog fired");
        await Eventually.TrueAsync(() => host.SingleChannel() is { SocketOpen: true, SocketSilenced: false }, "a live socket is open again");
        Assert.Equal(channel.Id, host.SingleChannel().Id);
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("2114 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SocketQuiet_ButAnsweringPings_NoReconnect()
    {
        // Heartbeats every 30 s are too slow for this timeout: only the pings keep the socket alive. Twenty pings
        // 200 ms apart outlast the timeout, which leaves a loaded machine 3 s to answer one before it counts.
        var (host, handle, _, _) = await SubscribedAsync(settings: new Dictionary<string, string?>
        {
            ["Genesys:Notifications:PingAfter"] = "00:00:00.200",
            ["Genesys:Notifications:HeartbeatTimeout"] = "00:00:03",
        });
        await using var running = host;
        await using var subscription = handle;
        using var metrics = new MetricRecorder(host.Services);

        await Eventually.TrueAsync(
            () => host.Logs.Lines.Count(line => line.StartsWith("2116 ", StringComparison.Ordinal)) >= 20, "twenty pings were sent", TimeSpan.FromSeconds(15));

        Assert.Equal(0, metrics.Total(NotificationsMetrics.ReconnectsInstrumentName));
        Assert.Equal(1, host.Simulator.Notifications.Counts.SocketsOpened);
    }

    [Fact]
    public async Task ChannelRemovedUpstream_NewChannelCreatedWithTheTopics()
    {
        var (host, handle, topic, channel) = await SubscribedAsync(simulator => simulator.Notifications.MaxChannelsPerClient = 1);
        await using var running = host;
        await using var subscription = handle;
        using var metrics = new MetricRecorder(host.Services);

        // Another channel of the same client pushes ours out (the limit is one here).
        using var http = new HttpClient { BaseAddress = host.Simulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await host.Services.GetTokenAsync());
        (await http.PostAsync("api/v2/notifications/channels", null)).EnsureSuccessStatusCode();

        await Eventually.TrueAsync(() => host.Channels() is [{ SocketOpen: true } only] && only.Id != channel.Id && only.Topics.Contains(topic), "a new channel carries the topic");
        Assert.Equal(1, metrics.Total(NotificationsMetrics.ReconnectsInstrumentName, ReconnectReason.ChannelGone));
    }

    [Fact]
    public async Task ChannelExpiring_SubscribedAgain_ExtendedInPlace()
    {
        var (host, handle, topic, channel) = await SubscribedAsync(
            simulator => simulator.Notifications.ChannelLifetimeSeconds = 3,
            new Dictionary<string, string?> { ["Genesys:Notifications:RenewBeforeExpiry"] = "00:00:01" });
        await using var running = host;
        await using var subscription = handle;

        // Past the first expiry, the same channel lives on, further out, its socket never dropped.
        await Eventually.TrueAsync(() => DateTimeOffset.UtcNow > channel.Expires.AddSeconds(1) && host.Logs.Lines.Any(line => line.StartsWith("2106 ", StringComparison.Ordinal)),
            "the first expiry has passed and the channel was extended");
        var now = host.SingleChannel();
        Assert.Equal(channel.Id, now.Id);
        Assert.True(now.Expires > channel.Expires);
        Assert.True(now.SocketOpen);
        Assert.Equal([topic], now.Topics);
        Assert.Equal(1, host.Simulator.Notifications.Counts.SocketsOpened);
    }

    [Fact]
    public async Task ChannelExpiring_ExpiryNotMoved_ReplacedByANewChannel()
    {
        var (host, handle, topic, channel) = await SubscribedAsync(
            simulator => simulator.Notifications.ChannelLifetimeSeconds = 3,
            new Dictionary<string, string?> { ["Genesys:Notifications:RenewBeforeExpiry"] = "00:00:01" });
        await using var running = host;
        await using var subscription = handle;
        using var metrics = new MetricRecorder(host.Services);

        // The listing that would show the new expiry fails: the client cannot tell it moved, so it replaces the channel.
        host.Simulator.Faults.Fail(SimulatorRoutes.NotificationChannels, 500);

        await Eventually.TrueAsync(() => metrics.Total(NotificationsMetrics.ReconnectsInstrumentName, ReconnectReason.Expiring) >= 1, "the channel was replaced");
        await Eventually.TrueAsync(() => host.Channels().Any(c => c.Id != channel.Id && c.SocketOpen && c.Topics.Contains(topic)), "the new channel carries the topic");
        await Eventually.TrueAsync(() => host.Channels().All(c => c.Id == channel.Id ? !c.SocketOpen : c.SocketOpen), "the old socket is closed after the drain");
    }
}
