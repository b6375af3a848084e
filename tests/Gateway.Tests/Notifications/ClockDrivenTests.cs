using Gateway.Notifications;
using Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Notifications;

/// <summary>The default timings, on a clock the test moves: the watchdog and the renewal wait for that clock, not the wall's.</summary>
public sealed class ClockDrivenTests
{
    private static async Task<(NotificationsTestHost Host, ManualTimeProvider Clock, ScriptedSocketConnector Sockets, IAsyncDisposable Handle)> SubscribedAsync()
    {
        var clock = new ManualTimeProvider();

        // Only the first ping of each socket (on connect) is answered.
        var sockets = new ScriptedSocketConnector { PingsToAnswer = 1 };
        var host = await NotificationsTestHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Genesys:Notifications:SubscriptionDebounce"] = "00:00:00" },
            configure: services =>
            {
                services.AddSingleton<INotificationSocketConnector>(sockets);

                // The clock drives the notifications only: the HTTP client's own timeouts stay on the system's.
                services.AddSingleton(provider => new UpstreamTopicSubscriptions(
                    provider,
                    sockets,
                    provider.GetRequiredService<IOptions<NotificationsOptions>>(),
                    provider.GetRequiredService<NotificationsMetrics>(),
                    clock,
                    provider.GetRequiredService<ILoggerFactory>()));
            });
        var topic = NotificationTopics.UserConversations(host.Simulator.Data.UserIds[0]);
        var handle = await host.Subscriptions.SubscribeAsync(topic, _ => ValueTask.CompletedTask, CancellationToken.None);
        return (host, clock, sockets, handle);
    }

    /// <summary>
    /// Moves the clock a second at a time (letting the loops run in between) until <paramref name="condition"/> holds.
    /// From <paramref name="settleFrom"/> on, each step waits (up to a second of real time) for the loops to act on it
    /// before the next: on a loaded machine they may lag the clock, and the second they act on is what is measured.
    /// </summary>
    private static async Task<TimeSpan> AdvanceUntilAsync(ManualTimeProvider clock, Func<bool> condition, TimeSpan limit, TimeSpan settleFrom)
    {
        var moved = TimeSpan.Zero;
        while (!condition())
        {
            Assert.True(moved < limit, $"Still waiting after {moved} on the clock.");
            clock.Advance(TimeSpan.FromSeconds(1));
            moved += TimeSpan.FromSeconds(1);
            var settle = DateTime.UtcNow + (moved >= settleFrom ? TimeSpan.FromSeconds(1) : TimeSpan.FromMilliseconds(5));
            do
            {
                await Task.Delay(5);
            }
            while (!condition() && DateTime.UtcNow < settle);
        }

        return moved;
    }

    [Fact]
    public async Task SilentSocket_DefaultTimings_PingAfter45sAndReconnectAfter75s()
    {
        var (host, clock, sockets, handle) = await SubscribedAsync();
        await using var running = host;
        await using var subscription = handle;
        var server = await sockets.NextServerAsync();
        using var metrics = new MetricRecorder(host.Services);

        var untilPing = await AdvanceUntilAsync(clock, () => server.Pings == 2, TimeSpan.FromMinutes(2), settleFrom: TimeSpan.FromSeconds(44));
        Assert.InRange(untilPing.TotalSeconds, 45, 47);
        Assert.Equal(0, metrics.Total(NotificationsMetrics.ReconnectsInstrumentName));

        var untilReconnect = untilPing + await AdvanceUntilAsync(
            clock, () => metrics.Total(NotificationsMetrics.ReconnectsInstrumentName, ReconnectReason.Watchdog) == 1, TimeSpan.FromMinutes(2), settleFrom: TimeSpan.FromSeconds(74) - untilPing);
        Assert.InRange(untilReconnect.TotalSeconds, 75, 77);
        await sockets.NextServerAsync();
    }

    [Fact]
    public async Task Channel_RenewedAnHourBeforeItExpires_OnTheClock()
    {
        var (host, clock, _, handle) = await SubscribedAsync();
        await using var running = host;
        await using var subscription = handle;
        var channel = host.SingleChannel();
        long Puts() => host.Simulator.Calls.Get(GenesysCloud.Simulator.SimulatorRoutes.ReplaceNotificationSubscriptions);
        var puts = Puts();

        // (A socket silent that long is replaced by the watchdog on the way: the channel, its topics and its renewal stay.)
        clock.Advance(TimeSpan.FromHours(22) + TimeSpan.FromMinutes(58));
        var moved = TimeSpan.FromHours(22) + TimeSpan.FromMinutes(58);
        moved += await AdvanceUntilAsync(clock, () => Puts() > puts, TimeSpan.FromMinutes(5), settleFrom: TimeSpan.MaxValue);

        Assert.InRange(moved.TotalMinutes, (23 * 60) - 1, (23 * 60) + 1);
        await Eventually.TrueAsync(() => host.Logs.Lines.Any(line => line.StartsWith("2106 ", StringComparison.Ordinal)), "the channel was extended");
        Assert.Equal(channel.Id, host.SingleChannel().Id);
        Assert.True(host.SingleChannel().Expires > channel.Expires);
    }
}
