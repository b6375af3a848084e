using Gateway.Subscriptions;
using Gateway.Tests.Infrastructure;
using Gateway.Transport.Tests.Infrastructure;
using GenesysCloud.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Subscriptions;

/// <summary>
/// Gateways on one real <c>redis-server</c>: an upstream topic is held by one instance only, its events reach clients on
/// every instance over Redis pub/sub, queries on either instance see the new state, and a Redis restart loses no subscriber.
/// </summary>
public sealed class RedisSubscriptionTests : IAsyncLifetime
{
    private const string SessionQuery = "query($id: ID!) { session(id: $id) { eventCount } }";
    private const string SessionSubscription = "subscription($id: ID!) { sessionUpdated(sessionId: $id) { id eventCount } }";

    private readonly RedisServer _redis = new();
    private readonly List<GatewayFactory> _gateways = [];
    private EmbeddedGenesysSimulator _simulator = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _simulator = await GatewayFactory.StartSimulatorAsync(new SimulatorOptions { Seed = 42 });
    }

    public async Task DisposeAsync()
    {
        foreach (var gateway in _gateways)
        {
            await ((IAsyncLifetime)gateway).DisposeAsync();
        }

        await _simulator.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task SessionUpdated_ClientOnInstanceWithoutTheTopic_ReceivesWhatTheOtherInstanceDeliveredAndNoQueryIsStale()
    {
        // Arrange: both instances have the session in memory; A's client comes first, so A holds the topic.
        var a = await StartGatewayAsync();
        var b = await StartGatewayAsync();
        var session = LiveSession();
        var topic = $"v2.externalcontacts.contacts.{session.ExternalContact!.Id}.journey.sessions";
        using var httpA = a.CreateClient();
        using var httpB = b.CreateClient();
        await httpA.PostGraphQLAsync(SessionQuery, new { id = session.Id });
        await httpB.PostGraphQLAsync(SessionQuery, new { id = session.Id });
        await using var clientA = await SubscribeAsync(a, session.Id);
        await Eventually.TrueAsync(() => ChannelsWith(topic) == 1, "A subscribed the topic upstream");
        await using var clientB = await SubscribeAsync(b, session.Id);
        await Eventually.TrueAsync(() => b.Services.GetRequiredService<TopicFeeds>().Topics.Contains(topic), "B joined the topic");
        var upstreamChannelsWithTopic = ChannelsWith(topic);
        var heldByA = a.Services.GetRequiredService<TopicLeaseCoordinator>().HeldTopics.Contains(topic);
        var heldByB = b.Services.GetRequiredService<TopicLeaseCoordinator>().HeldTopics.Contains(topic);

        // Act
        var change = _simulator.Notifications.UpdateSession(session.Id);
        var nextB = await clientB.WaitForAsync("next", "session", TimeSpan.FromSeconds(10));
        await clientA.WaitForAsync("next", "session", TimeSpan.FromSeconds(10));
        var afterA = await httpA.PostGraphQLAsync(SessionQuery, new { id = session.Id });
        var afterB = await httpB.PostGraphQLAsync(SessionQuery, new { id = session.Id });

        // Assert
        Assert.Equal(1, upstreamChannelsWithTopic);
        Assert.True(heldByA);
        Assert.False(heldByB);
        Assert.Equal(change.EventCount, nextB.GetProperty("payload").GetProperty("data").GetProperty("sessionUpdated").GetProperty("eventCount").GetInt32());
        Assert.Equal(change.EventCount, afterA.Data.GetProperty("session").GetProperty("eventCount").GetInt32());
        Assert.Equal(change.EventCount, afterB.Data.GetProperty("session").GetProperty("eventCount").GetInt32());
    }

    [Fact]
    public async Task SessionUpdated_HolderStops_OtherInstanceTakesTheTopicOverAndItsClientGetsTheNextEvent()
    {
        // Arrange
        var a = await StartGatewayAsync();
        var b = await StartGatewayAsync();
        var session = LiveSession();
        var topic = $"v2.externalcontacts.contacts.{session.ExternalContact!.Id}.journey.sessions";
        var clientA = await SubscribeAsync(a, session.Id);
        await Eventually.TrueAsync(() => ChannelsWith(topic) == 1, "A subscribed the topic upstream");
        await using var clientB = await SubscribeAsync(b, session.Id);
        await Eventually.TrueAsync(() => b.Services.GetRequiredService<TopicFeeds>().Topics.Contains(topic), "B joined the topic");

        // Act: A's client leaves, so A gives the topic back and B, which still needs it, takes it.
        await clientA.DisposeAsync();
        await Eventually.TrueAsync(() => b.Services.GetRequiredService<TopicLeaseCoordinator>().HeldTopics.Contains(topic), "B holds the topic");
        await Eventually.TrueAsync(() => ChannelsWith(topic) == 1 && !a.Services.GetRequiredService<TopicFeeds>().Topics.Contains(topic), "only B's channel has the topic");
        var change = _simulator.Notifications.UpdateSession(session.Id);
        var next = await clientB.WaitForAsync("next", "session", TimeSpan.FromSeconds(10));

        // Assert
        Assert.Equal(change.EventCount, next.GetProperty("payload").GetProperty("data").GetProperty("sessionUpdated").GetProperty("eventCount").GetInt32());
    }

    [Fact]
    public async Task SessionUpdated_RedisRestarts_SubscriberKeepsItsSubscriptionAndGetsTheNextEventOnce()
    {
        // Arrange
        var gateway = await StartGatewayAsync();
        var session = LiveSession();
        var topic = $"v2.externalcontacts.contacts.{session.ExternalContact!.Id}.journey.sessions";
        await using var client = await SubscribeAsync(gateway, session.Id, take: 2);
        await Eventually.TrueAsync(() => ChannelsWith(topic) == 1, "the topic is subscribed upstream");
        _simulator.Notifications.UpdateSession(session.Id);
        await client.WaitForAsync("next", "session", TimeSpan.FromSeconds(10));

        // Act
        await _redis.StopAsync();
        await _redis.StartAsync();
        await using var redis = await _redis.ConnectAsync();
        await Eventually.TrueAsync(
            () => redis.GetServer(redis.GetEndPoints()[0]).Keys(pattern: "*topic-lease*").Any(),
            "the holder took its lease again after the restart",
            TimeSpan.FromSeconds(30));
        var change = _simulator.Notifications.UpdateSession(session.Id);
        var next = await client.WaitForAsync("next", "session", TimeSpan.FromSeconds(10));
        var lines = await client.WaitForDoneAsync(TimeSpan.FromSeconds(10));

        // Assert
        Assert.Equal(change.EventCount, next.GetProperty("payload").GetProperty("data").GetProperty("sessionUpdated").GetProperty("eventCount").GetInt32());
        Assert.Equal(2, lines.Count(line => line.TryGetProperty("type", out var type) && type.GetString() == "next"));
    }

    [Fact]
    public async Task SessionUpdated_SubscribedWhileRedisIsDown_StillReceivesTheEvent()
    {
        // Arrange
        var gateway = await StartGatewayAsync();
        await _redis.StopAsync();
        var session = LiveSession();
        var topic = $"v2.externalcontacts.contacts.{session.ExternalContact!.Id}.journey.sessions";
        await using var client = await SubscribeAsync(gateway, session.Id);
        await Eventually.TrueAsync(() => ChannelsWith(topic) == 1, "the topic is subscribed upstream without Redis", TimeSpan.FromSeconds(30));

        // Act
        var change = _simulator.Notifications.UpdateSession(session.Id);
        var next = await client.WaitForAsync("next", "session", TimeSpan.FromSeconds(10));

        // Assert
        Assert.Equal(change.EventCount, next.GetProperty("payload").GetProperty("data").GetProperty("sessionUpdated").GetProperty("eventCount").GetInt32());
    }

    private GenesysCloud.Models.Session LiveSession()
        => _simulator.Data.Sessions(_simulator.Data.DefaultOrganizationId).First(s => s.EndedDate is null && s.ExternalContact is not null);

    private int ChannelsWith(string topic) => _simulator.Notifications.Channels().Count(channel => channel.Topics.Contains(topic));

    private static Task<WebSocketNodeClient> SubscribeAsync(GatewayFactory gateway, string sessionId, int take = 1)
        => WebSocketNodeClient.StartAsync(
            new UriBuilder(gateway.GraphQLEndpoint) { Scheme = "ws" }.Uri,
            new { operations = new[] { new { name = "session", query = SessionSubscription, variables = new { id = sessionId }, take } } });

    private async Task<GatewayFactory> StartGatewayAsync()
    {
        var gateway = new GatewayFactory { SharedSimulator = _simulator, UseRealSocket = true }
            .With("Redis:ConnectionString", _redis.ConnectionString)
            .With("EventBus:LeaseDuration", "00:00:02")
            .With("EventBus:LeaseRenewInterval", "00:00:00.200");
        _gateways.Add(gateway);
        await gateway.InitializeAsync();
        return gateway;
    }
}
