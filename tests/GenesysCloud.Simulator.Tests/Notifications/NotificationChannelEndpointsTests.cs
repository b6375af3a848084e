using System.Net;
using System.Net.Http.Headers;
using GenesysCloud.Simulator.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static GenesysCloud.Simulator.Tests.Notifications.NotificationTestClient;

namespace GenesysCloud.Simulator.Tests.Notifications;

[Collection(NotificationTestCollection.Name)]
public sealed class NotificationChannelEndpointsTests
{
    private static readonly SimulatorClientOptions OtherClient = new()
    {
        ClientId = "other-client",
        ClientSecret = "other-secret",
        OrganizationId = "00000000-0000-4000-8000-0000000000c2",
        OrganizationName = "Other",
    };

    private static SimulatorOptions Options(Action<SimulatorNotificationsOptions>? configure = null)
    {
        var options = new SimulatorOptions
        {
            ExternalContactCount = 1200,
            SessionCount = 2400,
            ConversationCount = 100,
            Clients = [SimulatorClientOptions.Default, OtherClient],
        };
        configure?.Invoke(options.Notifications);
        return options;
    }

    [Fact]
    public async Task CreateChannel_Authenticated_ReturnsIdConnectUriOnOwnHostAndExpiry()
    {
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(Options(n => n.ChannelLifetimeSeconds = 600));
        using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);
        var before = DateTimeOffset.UtcNow;

        var channel = await CreateChannelAsync(http);

        Assert.StartsWith("streaming-", channel.Id, StringComparison.Ordinal);
        Assert.Equal($"ws://{simulator.BaseAddress.Authority}/channels/{channel.Id}", channel.ConnectUri);
        Assert.InRange(channel.Expires, before.AddSeconds(599), DateTimeOffset.UtcNow.AddSeconds(601));
        Assert.Equal(1, simulator.Calls.Get(SimulatorRoutes.CreateNotificationChannel));
    }

    [Fact]
    public async Task CreateChannel_WithoutToken_Returns401()
    {
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(Options());
        using var http = SimulatorTestClient.Anonymous(simulator);

        using var response = await http.PostAsync("api/v2/notifications/channels", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ListChannels_TwoClients_ListsOnlyTheCallersChannels()
    {
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(Options());
        using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);
        using var other = await SimulatorTestClient.AuthenticatedAsync(simulator, OtherClient);
        var first = await CreateChannelAsync(http);
        var second = await CreateChannelAsync(http);
        var foreign = await CreateChannelAsync(other);

        using var response = await http.GetAsync("api/v2/notifications/channels");

        var ids = (await EntitiesAsync(response)).Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal([first.Id, second.Id], ids);
        Assert.Equal(1, simulator.Calls.Get(SimulatorRoutes.NotificationChannels));
        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"api/v2/notifications/channels/{foreign.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task HeadChannel_KnownAndUnknown_Returns200And404()
    {
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(Options());
        using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);
        var channel = await CreateChannelAsync(http);

        using var known = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"api/v2/notifications/channels/{channel.Id}"));
        using var unknown = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "api/v2/notifications/channels/streaming-0-nope"));

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(2, simulator.Calls.Get(SimulatorRoutes.NotificationChannelExists));
    }

    [Fact]
    public async Task Subscriptions_PostPutGetDelete_AddReplaceListAndRemove()
    {
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(Options());
        using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);
        var channel = await CreateChannelAsync(http);
        var users = simulator.Data.UserIds;
        var contact = simulator.Data.ExternalContactIds[0];

        using var added = await SubscribeAsync(http, channel.Id, HttpMethod.Post, $"v2.users.{users[0]}.conversations");
        using var addedMore = await SubscribeAsync(http, channel.Id, HttpMethod.Post, $"v2.users.{users[1]}.conversations.cobrowseSessions");
        using var afterPost = await http.GetAsync($"api/v2/notifications/channels/{channel.Id}/subscriptions");
        var afterPostIds = (await EntitiesAsync(afterPost)).Select(e => e.GetProperty("id").GetString()).ToList();
        var replaced = await ReplaceTopicsAsync(http, channel.Id, $"v2.externalcontacts.contacts.{contact}.journey.sessions");
        using var afterPut = await http.GetAsync($"api/v2/notifications/channels/{channel.Id}/subscriptions");
        using var deleted = await http.DeleteAsync($"api/v2/notifications/channels/{channel.Id}/subscriptions");
        using var afterDelete = await http.GetAsync($"api/v2/notifications/channels/{channel.Id}/subscriptions");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal("Permitted", (await EntitiesAsync(added))[0].GetProperty("state").GetString());
        Assert.Equal(new[] { $"v2.users.{users[0]}.conversations", $"v2.users.{users[1]}.conversations.cobrowseSessions" }.Order(StringComparer.Ordinal), afterPostIds);
        Assert.Equal($"v2.externalcontacts.contacts.{contact}.journey.sessions", Assert.Single(replaced).GetProperty("id").GetString());
        Assert.Equal($"v2.externalcontacts.contacts.{contact}.journey.sessions", Assert.Single(await EntitiesAsync(afterPut)).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Empty(await EntitiesAsync(afterDelete));
        Assert.Equal(2, simulator.Calls.Get(SimulatorRoutes.AddNotificationSubscriptions));
        Assert.Equal(1, simulator.Calls.Get(SimulatorRoutes.ReplaceNotificationSubscriptions));
        Assert.Equal(1, simulator.Calls.Get(SimulatorRoutes.DeleteNotificationSubscriptions));
        Assert.Equal(3, simulator.Calls.Get(SimulatorRoutes.NotificationSubscriptions));
    }

    [Fact]
    public async Task Subscribe_UnknownMalformedAndUnsupportedTopics_AreRejectedWithAReason()
    {
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(Options());
        using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);
        var channel = await CreateChannelAsync(http);
        var queue = simulator.Data.QueueIds[0];
        var unknown = Guid.NewGuid();

        var entities = await ReplaceTopicsAsync(http, channel.Id,
            $"v2.routing.queues.{queue.ToUpperInvariant()}.conversations",
            $"v2.users.{unknown}.conversations",
            "v2.users.not-a-guid.conversations",
            $"v2.users.{simulator.Data.UserIds[0]}.presence",
            $"v2.externalcontacts.contacts.{unknown}");

        Assert.Equal($"v2.routing.queues.{queue}.conversations", entities[0].GetProperty("id").GetString());
        Assert.Equal("Permitted", entities[0].GetProperty("state").GetString());
        Assert.False(entities[0].TryGetProperty("rejectionReason", out _));
        Assert.All(entities.Skip(1), e =>
        {
            Assert.Equal("Rejected", e.GetProperty("state").GetString());
            Assert.False(string.IsNullOrEmpty(e.GetProperty("rejectionReason").GetString()));
        });
        using var current = await http.GetAsync($"api/v2/notifications/channels/{channel.Id}/subscriptions");
        Assert.Single(await EntitiesAsync(current));
    }

    [Fact]
    public async Task Subscribe_MoreThan1000Topics_Returns400AndKeepsTheTopics()
    {
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(Options());
        using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);
        var channel = await CreateChannelAsync(http);
        var topics = simulator.Data.ExternalContactIds.Select(id => $"v2.externalcontacts.contacts.{id}.journey.sessions").ToArray();
        var atLimit = await ReplaceTopicsAsync(http, channel.Id, topics[..1000]);

        using var response = await SubscribeAsync(http, channel.Id, HttpMethod.Post, topics[1000]);

        Assert.Equal(1000, atLimit.Count);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await SimulatorTestClient.ReadErrorAsync(response);
        Assert.Equal("notification.topic.limit.exceeded", error.Code);
        Assert.Equal(400, error.Status);
        Assert.False(string.IsNullOrEmpty(error.ContextId));
        using var current = await http.GetAsync($"api/v2/notifications/channels/{channel.Id}/subscriptions");
        Assert.Equal(1000, (await EntitiesAsync(current)).Count);
        using var tooMany = await SubscribeAsync(http, channel.Id, HttpMethod.Put, topics[..1001]);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
    }

    [Fact]
    public async Task CreateChannel_PastTwentyChannels_RemovesTheLeastRecentlyUsedChannelWithoutSocket()
    {
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(Options());
        using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);
        var channels = new List<Channel>();
        for (var i = 0; i < 20; i++)
        {
            channels.Add(await CreateChannelAsync(http));
        }

        // The oldest has a socket, so the second oldest (no socket, least recently used) makes room.
        using var socket = await ConnectAsync(channels[0].ConnectUri);

        var newest = await CreateChannelAsync(http);

        using var response = await http.GetAsync("api/v2/notifications/channels");
        var ids = (await EntitiesAsync(response)).Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(20, ids.Count);
        Assert.Contains(channels[0].Id, ids);
        Assert.DoesNotContain(channels[1].Id, ids);
        Assert.Contains(newest.Id, ids);
        Assert.Equal(1, simulator.Notifications.Counts.ChannelsRemoved);
        await CloseQuietlyAsync(socket);
    }

    [Fact]
    public async Task CreateChannel_AllChannelsConnected_RemovesTheLeastRecentlyUsedAndClosesItsSocket()
    {
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(Options(n => n.MaxChannelsPerClient = 2));
        using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);
        var first = await CreateChannelAsync(http);
        var second = await CreateChannelAsync(http);
        using var firstSocket = await ConnectAsync(first.ConnectUri);
        using var secondSocket = await ConnectAsync(second.ConnectUri);

        await CreateChannelAsync(http);

        var closing = await ReceiveAsync(firstSocket, m => IsTopic(m, "v2.system.socket_closing"));
        Assert.Equal(first.Id, closing.GetProperty("eventBody").GetProperty("channelId").GetString());
        Assert.Null(await ReceiveTextAsync(firstSocket));
        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"api/v2/notifications/channels/{first.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        await PingAsync(secondSocket);
        await CloseQuietlyAsync(secondSocket);
    }

    [Fact]
    public async Task Subscriptions_UnknownChannel_Returns404WithPlatformBody()
    {
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(Options());
        using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);

        using var response = await SubscribeAsync(http, "streaming-0-unknown", HttpMethod.Post, $"v2.users.{simulator.Data.UserIds[0]}.conversations");
        using var get = await http.GetAsync("api/v2/notifications/channels/streaming-0-unknown/subscriptions");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not.found", (await SimulatorTestClient.ReadErrorAsync(response)).Code);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task Subscribe_LaterOn_ExtendsTheChannelsExpiry()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(Options(n => n.ChannelLifetimeSeconds = 3600),
            builder => builder.Services.AddSingleton<TimeProvider>(clock));
        using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);
        var channel = await CreateChannelAsync(http);
        clock.Advance(TimeSpan.FromMinutes(10));

        await ReplaceTopicsAsync(http, channel.Id, $"v2.users.{simulator.Data.UserIds[0]}.conversations");

        Assert.Equal(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero), channel.Expires);
        using var list = await http.GetAsync("api/v2/notifications/channels");
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 10, 10, 0, TimeSpan.Zero), Assert.Single(await EntitiesAsync(list)).GetProperty("expires").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 10, 10, 0, TimeSpan.Zero), Assert.Single(simulator.Notifications.Channels()).Expires);
    }

    [Fact]
    public async Task Subscribe_MalformedBody_Returns400()
    {
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(Options());
        using var http = await SimulatorTestClient.AuthenticatedAsync(simulator);
        var channel = await CreateChannelAsync(http);

        using var response = await http.PostAsync($"api/v2/notifications/channels/{channel.Id}/subscriptions",
            new StringContent("{\"id\":1}", new MediaTypeHeaderValue("application/json")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad.request", (await SimulatorTestClient.ReadErrorAsync(response)).Code);
    }
}
