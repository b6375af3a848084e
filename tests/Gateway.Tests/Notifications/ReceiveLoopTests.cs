using Gateway.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Notifications;

/// <summary>The receive loop against a scripted socket: what the upstream should never send, and heartbeats alone.</summary>
public sealed class ReceiveLoopTests
{
    private const string SecretBody = "do-not-log-this-body";

    private static async Task<(NotificationsTestHost Host, ScriptedSocketConnector Sockets, EventInbox Inbox, IAsyncDisposable Handle, string Topic)> SubscribedAsync(
        Dictionary<string, string?>? settings = null, int pingsToAnswer = int.MaxValue)
    {
        var sockets = new ScriptedSocketConnector { PingsToAnswer = pingsToAnswer };
        var host = await NotificationsTestHost.StartAsync(settings: settings, configure: services => services.AddSingleton<INotificationSocketConnector>(sockets));
        var topic = NotificationTopics.UserConversations(host.Simulator.Data.UserIds[0]);
        var inbox = new EventInbox();
        var handle = await host.Subscriptions.SubscribeAsync(topic, inbox.OnEvent, CancellationToken.None);
        return (host, sockets, inbox, handle, topic);
    }

    private static string Event(string topic, string marker)
        => $$$"""{"topicName":"{{{topic}}}","version":"2","eventBody":{"id":"{{{marker}}}"},"metadata":{"CorrelationId":"{{{marker}}}"}}""";

    [Fact]
    public async Task UnreadableMessages_CountedAndLoggedWithoutBody_LoopCarriesOn()
    {
        var (host, sockets, inbox, handle, topic) = await SubscribedAsync(new Dictionary<string, string?>
        {
            ["Genesys:Notifications:MaxMessageBytes"] = "2048",
        });
        await using var running = host;
        await using var subscription = handle;
        var server = await sockets.NextServerAsync();
        using var metrics = new MetricRecorder(host.Services);

        await server.SendAsync("not json " + SecretBody);
        await server.SendAsync($$$"""{"version":"2","eventBody":{"secret":"{{{SecretBody}}}"}}""");
        await server.SendAsync($$"""{"topicName":"{{topic}}","eventBody":"{{SecretBody}}"}""");
        await server.SendAsync($$$"""{"topicName":"{{{topic}}}","eventBody":{"x":"{{{new string('a', 4096)}}}"}}""");
        await server.SendAsync(Event(topic, "after"));

        var received = await inbox.NextAsync();
        Assert.Equal("after", received.CorrelationId);
        Assert.Equal(4, metrics.Total(NotificationsMetrics.UnreadableEventsInstrumentName));
        Assert.Equal(3, metrics.Total(NotificationsMetrics.UnreadableEventsInstrumentName, NotificationsMetrics.UnknownTopicKind));
        Assert.Equal(1, metrics.Total(NotificationsMetrics.UnreadableEventsInstrumentName, "v2.users.{id}.conversations"));
        Assert.Equal(0, metrics.Total(NotificationsMetrics.ReconnectsInstrumentName));
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("2110 ", StringComparison.Ordinal) && line.Contains(topic, StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("2111 ", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(SecretBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HeartbeatsAndRepeats_NotDelivered_OnlyTheEvents()
    {
        var (host, sockets, inbox, handle, topic) = await SubscribedAsync();
        await using var running = host;
        await using var subscription = handle;
        var server = await sockets.NextServerAsync();

        await server.SendAsync("""{"topicName":"channel.metadata","eventBody":{"message":"WebSocket Heartbeat"}}""");
        await server.SendAsync(Event(topic, "one"));
        await server.SendAsync(Event(topic, "one"));
        await server.SendAsync(Event("v2.users.someone-else.conversations", "stray"));
        await server.SendAsync(Event(topic, "two"));

        Assert.Equal("one", (await inbox.NextAsync()).CorrelationId);
        Assert.Equal("two", (await inbox.NextAsync()).CorrelationId);
        Assert.Equal(2, inbox.Count);
    }

    [Fact]
    public async Task HeartbeatsAlone_KeepTheSocket_UntilTheyStop()
    {
        // Only the first ping (on connect) is answered: then only the heartbeats prove the socket alive.
        var (host, sockets, _, handle, _) = await SubscribedAsync(
            new Dictionary<string, string?>
            {
                ["Genesys:Notifications:PingAfter"] = "00:00:00.500",
                ["Genesys:Notifications:HeartbeatTimeout"] = "00:00:01.500",
            },
            pingsToAnswer: 1);
        await using var running = host;
        await using var subscription = handle;
        var server = await sockets.NextServerAsync();
        using var metrics = new MetricRecorder(host.Services);

        // Heartbeats every 100 ms for 3 s: twice the timeout, with room for a loaded machine.
        for (var i = 0; i < 30; i++)
        {
            await server.SendAsync("""{"topicName":"channel.metadata","eventBody":{"message":"WebSocket Heartbeat"}}""");
            await Task.Delay(100);
        }

        Assert.Equal(0, metrics.Total(NotificationsMetrics.ReconnectsInstrumentName));
        await sockets.NextServerAsync();
        Assert.Equal(1, metrics.Total(NotificationsMetrics.ReconnectsInstrumentName, ReconnectReason.Watchdog));
    }
}
