using Gateway.Notifications;
using Gateway.Tests.Infrastructure;
using GenesysCloud.Simulator;

namespace Gateway.Tests.Notifications;

/// <summary>Events published by the simulator reach subscribers: once each, across reconnects and channel replacement.</summary>
public sealed class EventDeliveryTests
{
    private static async Task<(NotificationsTestHost Host, EventInbox Inbox, IAsyncDisposable Handle, string ContactId, NotificationChannelSnapshot Channel)> SubscribedAsync(
        Action<SimulatorOptions>? simulator = null, Dictionary<string, string?>? settings = null)
    {
        var host = await NotificationsTestHost.StartAsync(simulator, settings);
        var contactId = host.Simulator.Data.ExternalContactIds[0];
        var inbox = new EventInbox();
        var handle = await host.Subscriptions.SubscribeAsync(NotificationTopics.ExternalContactJourneySessions(contactId), inbox.OnEvent, CancellationToken.None);
        return (host, inbox, handle, contactId, host.SingleChannel());
    }

    private static async Task<NotificationChange> PublishAndReceiveAsync(NotificationsTestHost host, EventInbox inbox, string contactId)
    {
        var change = host.Simulator.Notifications.CreateSession(contactId);
        var received = await inbox.NextAsync();
        Assert.Equal(change.CorrelationId, received.CorrelationId);
        return change;
    }

    [Fact]
    public async Task Event_OnSubscribedTopic_DeliveredAsTheUpstreamSentIt()
    {
        var (host, inbox, handle, contactId, _) = await SubscribedAsync();
        await using var running = host;
        await using var subscription = handle;
        using var metrics = new MetricRecorder(host.Services);

        var change = host.Simulator.Notifications.CreateSession(contactId);
        var received = await inbox.NextAsync();

        Assert.Equal(NotificationTopics.ExternalContactJourneySessions(contactId), received.TopicName);
        Assert.Equal("2", received.Version);
        Assert.Equal(change.CorrelationId, received.CorrelationId);
        Assert.Equal(change.SessionId, received.EventBody.GetProperty("id").GetString());
        Assert.Equal(1, metrics.Total(NotificationsMetrics.EventsInstrumentName, "v2.externalcontacts.contacts.{id}.journey.sessions"));
    }

    [Fact]
    public async Task Event_TwoSubscribers_EachGetsIt_AndAReleasedOneNoLonger()
    {
        var (host, first, handle, contactId, _) = await SubscribedAsync();
        await using var running = host;
        await using var subscription = handle;
        var second = new EventInbox();
        var secondHandle = await host.Subscriptions.SubscribeAsync(NotificationTopics.ExternalContactJourneySessions(contactId), second.OnEvent, CancellationToken.None);

        var change = host.Simulator.Notifications.CreateSession(contactId);
        Assert.Equal(change.CorrelationId, (await first.NextAsync()).CorrelationId);
        Assert.Equal(change.CorrelationId, (await second.NextAsync()).CorrelationId);

        await secondHandle.DisposeAsync();
        await PublishAndReceiveAsync(host, first, contactId);
        Assert.Equal(1, second.Count);
    }

    [Theory]
    [InlineData(SocketCloseMode.Abort)]
    [InlineData(SocketCloseMode.SocketClosing)]
    [InlineData(SocketCloseMode.Silence)]
    public async Task SocketEnded_MidStream_NextEventArrivesAfterReconnectOnce(SocketCloseMode mode)
    {
        // Short enough for the silent socket to be found out quickly, long enough that a loaded machine still answers the
        // first ping of a new socket in time (a socket only counts as connected once it has).
        var (host, inbox, handle, contactId, channel) = await SubscribedAsync(settings: new Dictionary<string, string?>
        {
            ["Genesys:Notifications:PingAfter"] = "00:00:00.500",
            ["Genesys:Notifications:HeartbeatTimeout"] = "00:00:02",
        });
        await using var running = host;
        await using var subscription = handle;
        await PublishAndReceiveAsync(host, inbox, contactId);

        host.Simulator.Notifications.CloseSockets(mode, channel.Id);
        await Eventually.TrueAsync(() => host.Simulator.Notifications.Counts.SocketsOpened == 2 && host.SingleChannel() is { SocketOpen: true, SocketSilenced: false },
            "the channel's socket is open again");
        await PublishAndReceiveAsync(host, inbox, contactId);
        await PublishAndReceiveAsync(host, inbox, contactId);

        Assert.Equal(3, inbox.Count);
        Assert.False(inbox.TryTake(out _));
        Assert.Equal(channel.Id, host.SingleChannel().Id);
    }

    [Fact]
    public async Task ChannelReplacedBeforeExpiry_EventsPublishedThroughout_EachDeliveredOnce()
    {
        var (host, inbox, handle, contactId, channel) = await SubscribedAsync(
            simulator => simulator.Notifications.ChannelLifetimeSeconds = 3,
            new Dictionary<string, string?>
            {
                ["Genesys:Notifications:RenewBeforeExpiry"] = "00:00:01",
                ["Genesys:Notifications:ReplacedChannelDrainPeriod"] = "00:00:00.500",
            });
        await using var running = host;
        await using var subscription = handle;
        host.Simulator.Faults.Fail(SimulatorRoutes.NotificationChannels, 500);

        // Events every 25 ms from before the replacement until after the old channel's socket closed.
        var published = new List<string>();
        var started = DateTimeOffset.UtcNow;
        while (!(host.Channels().Any(c => c.Id != channel.Id && c.SocketOpen) && host.Channels().All(c => c.Id != channel.Id || !c.SocketOpen))
               || published.Count < 10)
        {
            Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(15), "the channel was not replaced");
            published.Add(host.Simulator.Notifications.CreateSession(contactId).CorrelationId);
            await Task.Delay(25);
        }

        published.Add(host.Simulator.Notifications.CreateSession(contactId).CorrelationId);
        var received = new List<string>();
        while (received.Count < published.Count)
        {
            received.Add((await inbox.NextAsync()).CorrelationId!);
        }

        Assert.Equal(published, received);
        Assert.False(inbox.TryTake(out _));
    }

    [Fact]
    public async Task SlowSubscriber_DoesNotStallTheOthers_AndDropsItsOldestEvents()
    {
        var (host, fast, handle, contactId, _) = await SubscribedAsync(settings: new Dictionary<string, string?>
        {
            ["Genesys:Notifications:SubscriberQueueCapacity"] = "4",
        });
        await using var running = host;
        await using var subscription = handle;
        using var metrics = new MetricRecorder(host.Services);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = new List<string>();
        await using var slowHandle = await host.Subscriptions.SubscribeAsync(NotificationTopics.ExternalContactJourneySessions(contactId), async notification =>
        {
            await release.Task;
            slow.Add(notification.CorrelationId!);
        }, CancellationToken.None);

        var changes = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            changes.Add((await PublishAndReceiveAsync(host, fast, contactId)).CorrelationId);
        }

        release.SetResult();
        await Eventually.TrueAsync(() => slow.Count == 5, "the slow subscriber took what it kept");

        // The one it was handling, then the newest four.
        Assert.Equal([changes[0], .. changes[6..]], slow);
        Assert.Equal(5, metrics.Total(NotificationsMetrics.DroppedEventsInstrumentName));
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("2113 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SubscriberThatThrows_IsLogged_AndKeepsReceiving()
    {
        var (host, inbox, handle, contactId, _) = await SubscribedAsync();
        await using var running = host;
        await using var subscription = handle;
        var calls = 0;
        await using var failing = await host.Subscriptions.SubscribeAsync(NotificationTopics.ExternalContactJourneySessions(contactId), _ =>
        {
            Interlocked.Increment(ref calls);
            throw new InvalidOperationException("handler bug");
        }, CancellationToken.None);

        await PublishAndReceiveAsync(host, inbox, contactId);
        await PublishAndReceiveAsync(host, inbox, contactId);

        await Eventually.TrueAsync(() => Volatile.Read(ref calls) == 2, "the failing handler was called for both events");
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("2112 ", StringComparison.Ordinal) && line.Contains("handler bug", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleDisposedFromItsOwnHandler_DoesNotDeadlock()
    {
        var (host, inbox, handle, contactId, _) = await SubscribedAsync();
        await using var running = host;
        await using var subscription = handle;
        var disposed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        IAsyncDisposable? self = null;
        self = await host.Subscriptions.SubscribeAsync(NotificationTopics.ExternalContactJourneySessions(contactId), async _ =>
        {
            await self!.DisposeAsync();
            disposed.SetResult();
        }, CancellationToken.None);

        await PublishAndReceiveAsync(host, inbox, contactId);

        await disposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
