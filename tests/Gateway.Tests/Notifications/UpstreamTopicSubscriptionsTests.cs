using Gateway.Notifications;
using Gateway.Tests.Infrastructure;
using GenesysCloud.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Notifications;

/// <summary>Topic subscriptions against the simulator's Notifications API: channels, ref counts and limits.</summary>
public sealed class UpstreamTopicSubscriptionsTests
{
    private static ValueTask Ignore(UpstreamNotification notification) => ValueTask.CompletedTask;

    [Fact]
    public async Task SubscribeAsync_NewTopic_SubscribedUpstreamOnAnOpenSocket()
    {
        await using var host = await NotificationsTestHost.StartAsync();
        var topic = NotificationTopics.UserConversations(host.Simulator.Data.UserIds[0].ToUpperInvariant());

        await using var handle = await host.Subscriptions.SubscribeAsync(topic, Ignore, CancellationToken.None);

        var channel = host.SingleChannel();
        Assert.Equal([topic], channel.Topics);
        Assert.True(channel.SocketOpen);
        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.CreateNotificationChannel));
    }

    [Fact]
    public async Task SubscribeAsync_TwoSubscribersOfOneTopic_OneUpstreamTopicAndOnePut()
    {
        await using var host = await NotificationsTestHost.StartAsync();
        var topic = NotificationTopics.QueueConversations(host.Simulator.Data.QueueIds[0]);

        await using var first = await host.Subscriptions.SubscribeAsync(topic, Ignore, CancellationToken.None);
        await using var second = await host.Subscriptions.SubscribeAsync(topic, Ignore, CancellationToken.None);

        Assert.Equal([topic], host.SingleChannel().Topics);
        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.ReplaceNotificationSubscriptions));
        Assert.Equal(1, host.Subscriptions.TopicCount);
    }

    [Fact]
    public async Task SubscribeAsync_ManyTopicsAtOnce_CoalescedIntoOnePut()
    {
        await using var host = await NotificationsTestHost.StartAsync();
        var topics = host.Simulator.Data.ExternalContactIds.Take(40).Select(NotificationTopics.ExternalContact).ToArray();

        var handles = await Task.WhenAll(topics.Select(topic => host.Subscriptions.SubscribeAsync(topic, Ignore, CancellationToken.None)));

        Assert.Equal(topics.Order(StringComparer.Ordinal), host.SingleChannel().Topics);
        Assert.Equal(1, host.Simulator.Calls.Get(SimulatorRoutes.ReplaceNotificationSubscriptions));
        foreach (var handle in handles)
        {
            await handle.DisposeAsync();
        }
    }

    [Fact]
    public async Task DisposeAsync_LastHandle_TopicReleasedUpstreamAndIdleChannelClosed()
    {
        await using var host = await NotificationsTestHost.StartAsync();
        var topic = NotificationTopics.ExternalContactJourneySessions(host.Simulator.Data.ExternalContactIds[0]);
        var kept = NotificationTopics.ExternalContact(host.Simulator.Data.ExternalContactIds[1]);
        await using var keeper = await host.Subscriptions.SubscribeAsync(kept, Ignore, CancellationToken.None);
        var first = await host.Subscriptions.SubscribeAsync(topic, Ignore, CancellationToken.None);
        var second = await host.Subscriptions.SubscribeAsync(topic, Ignore, CancellationToken.None);

        await first.DisposeAsync();
        await second.DisposeAsync();
        await Eventually.TrueAsync(() => host.SingleChannel().Topics.SequenceEqual([kept]), "the released topic is gone upstream");
        await keeper.DisposeAsync();

        // Idle (grace 0 here): its topics emptied and its socket closed.
        await Eventually.TrueAsync(() => host.Channels().All(c => c.Topics.Count == 0 && !c.SocketOpen), "the idle channel is closed");
        Assert.Equal(0, host.Subscriptions.TopicCount);
        await Eventually.TrueAsync(() => host.Subscriptions.ChannelCount == 0, "the channel is out of service");
    }

    [Fact]
    public async Task SubscribeAsync_1001Topics_SecondChannelOpened()
    {
        await using var host = await NotificationsTestHost.StartAsync(simulator => simulator.ExternalContactCount = 520);
        var data = host.Simulator.Data;
        var topics = data.ExternalContactIds.Take(520)
            .SelectMany(id => new[] { NotificationTopics.ExternalContact(id), NotificationTopics.ExternalContactJourneySessions(id) })
            .Take(1001)
            .ToArray();

        var handles = await Task.WhenAll(topics.Select(topic => host.Subscriptions.SubscribeAsync(topic, Ignore, CancellationToken.None)));

        var channels = host.Channels();
        Assert.Equal(2, channels.Count);
        Assert.Equal([1, 1000], channels.Select(c => c.Topics.Count).Order());
        Assert.Equal(topics.Order(StringComparer.Ordinal), channels.SelectMany(c => c.Topics).Order(StringComparer.Ordinal));
        Assert.All(channels, c => Assert.True(c.SocketOpen));
        Assert.Equal(2, host.Subscriptions.ChannelCount);
        foreach (var handle in handles)
        {
            await handle.DisposeAsync();
        }
    }

    [Fact]
    public async Task SubscribeAsync_TopicOfUnknownEntity_ThrowsTopicRejectedWithReason()
    {
        await using var host = await NotificationsTestHost.StartAsync();
        var known = NotificationTopics.UserConversations(host.Simulator.Data.UserIds[0]);
        var unknown = NotificationTopics.UserConversations(Guid.NewGuid().ToString());
        await using var kept = await host.Subscriptions.SubscribeAsync(known, Ignore, CancellationToken.None);

        var rejected = await Assert.ThrowsAsync<TopicRejectedException>(() => host.Subscriptions.SubscribeAsync(unknown, Ignore, CancellationToken.None));

        Assert.Equal(unknown, rejected.Topic);
        Assert.Contains("not found", rejected.RejectionReason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([known], host.SingleChannel().Topics);
        Assert.Equal(1, host.Subscriptions.TopicCount);
    }

    [Fact]
    public async Task SubscribeAsync_EveryChannelFull_ThrowsCapacityExceeded()
    {
        await using var host = await NotificationsTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Genesys:Notifications:MaxChannels"] = "2",
            ["Genesys:Notifications:MaxTopicsPerChannel"] = "2",
        });
        var topics = host.Simulator.Data.UserIds.Take(5).Select(NotificationTopics.UserConversations).ToArray();
        var handles = new List<IAsyncDisposable>();
        foreach (var topic in topics.Take(4))
        {
            handles.Add(await host.Subscriptions.SubscribeAsync(topic, Ignore, CancellationToken.None));
        }

        await Assert.ThrowsAsync<NotificationCapacityExceededException>(() => host.Subscriptions.SubscribeAsync(topics[4], Ignore, CancellationToken.None));

        Assert.Equal(2, host.Channels().Count);
        await handles[0].DisposeAsync();
        await using var fits = await host.Subscriptions.SubscribeAsync(topics[4], Ignore, CancellationToken.None);
        foreach (var handle in handles.Skip(1))
        {
            await handle.DisposeAsync();
        }
    }

    [Fact]
    public async Task SubscribeAsync_WhileTheSameTopicIsReleased_EndsSubscribed()
    {
        await using var host = await NotificationsTestHost.StartAsync();
        var topic = NotificationTopics.UserCobrowseSessions(host.Simulator.Data.UserIds[2]);
        var handle = await host.Subscriptions.SubscribeAsync(topic, Ignore, CancellationToken.None);

        for (var round = 0; round < 25; round++)
        {
            var release = handle.DisposeAsync().AsTask();
            var again = host.Subscriptions.SubscribeAsync(topic, Ignore, CancellationToken.None);
            await release;
            handle = await again;
        }

        // A later subscription's PUT carries the whole set wanted after every change above: the barrier.
        var other = NotificationTopics.QueueCobrowseSessions(host.Simulator.Data.QueueIds[0]);
        await using var barrier = await host.Subscriptions.SubscribeAsync(other, Ignore, CancellationToken.None);
        Assert.Equal(new[] { other, topic }.Order(StringComparer.Ordinal), host.SingleChannel().Topics);
        await handle.DisposeAsync();
    }

    [Fact]
    public async Task SubscribeAsync_CancelledWhileWaiting_TopicNotKept()
    {
        await using var host = await NotificationsTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Genesys:Notifications:SubscriptionDebounce"] = "00:00:02",
        });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var topic = NotificationTopics.UserConversations(host.Simulator.Data.UserIds[0]);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Subscriptions.SubscribeAsync(topic, Ignore, cancel.Token));

        Assert.Equal(0, host.Subscriptions.TopicCount);
    }

    [Fact]
    public async Task StopAsync_HostStopping_SocketsClosedAndNewSubscriptionsRefused()
    {
        await using var host = await NotificationsTestHost.StartAsync();
        var handle = await host.Subscriptions.SubscribeAsync(NotificationTopics.UserConversations(host.Simulator.Data.UserIds[0]), Ignore, CancellationToken.None);

        await host.Subscriptions.StopAsync(CancellationToken.None);

        await Eventually.TrueAsync(() => host.Channels().All(c => !c.SocketOpen), "every socket is closed");
        await Assert.ThrowsAsync<ObjectDisposedException>(() => host.Subscriptions.SubscribeAsync(NotificationTopics.UserConversations(host.Simulator.Data.UserIds[1]), Ignore, CancellationToken.None));
        await handle.DisposeAsync();
        Assert.Equal(0, host.Subscriptions.ChannelCount);
    }

    [Fact]
    public async Task AddUpstreamNotifications_ContradictoryTimings_FailsAtStart()
    {
        await using var host = await NotificationsTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Genesys:Notifications:PingAfter"] = "00:02:00",
        });

        var failure = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<NotificationsOptions>>().Value);
        Assert.Contains("PingAfter", failure.Message, StringComparison.Ordinal);
    }
}
