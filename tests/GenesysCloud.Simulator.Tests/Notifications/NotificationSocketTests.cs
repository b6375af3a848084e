using System.Net;
using System.Net.WebSockets;
using GenesysCloud.Simulator.Tests.Support;
using static GenesysCloud.Simulator.Tests.Notifications.NotificationTestClient;

namespace GenesysCloud.Simulator.Tests.Notifications;

[Collection(NotificationTestCollection.Name)]
public sealed class NotificationSocketTests
{
    private static SimulatorOptions Options(Action<SimulatorNotificationsOptions>? configure = null)
    {
        var options = new SimulatorOptions { ExternalContactCount = 50, SessionCount = 100, ConversationCount = 50 };
        configure?.Invoke(options.Notifications);
        return options;
    }

    private static async Task<(EmbeddedGenesysSimulator Simulator, HttpClient Http, Channel Channel)> StartWithChannelAsync(
        Action<SimulatorNotificationsOptions>? configure = null)
    {
        var simulator = await EmbeddedGenesysSimulator.StartAsync(Options(configure));
        var http = await SimulatorTestClient.AuthenticatedAsync(simulator);
        return (simulator, http, await CreateChannelAsync(http));
    }

    [Fact]
    public async Task Ping_OnOpenSocket_AnswersPongOnChannelMetadata()
    {
        var (simulator, http, channel) = await StartWithChannelAsync();
        await using var running = simulator;
        using var client = http;
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(channel.ConnectUri), CancellationToken.None);

        await SendTextAsync(socket, """{"message":"ping"}""");
        var text = await ReceiveTextAsync(socket);

        Assert.Equal("""{"topicName":"channel.metadata","eventBody":{"message":"pong"}}""", text);
        Assert.Equal(1, simulator.Calls.Get(SimulatorRoutes.NotificationSocket));
        Assert.Equal(1, simulator.Notifications.Counts.SocketsOpened);
        Assert.True(Assert.Single(simulator.Notifications.Channels()).SocketOpen);
        await CloseQuietlyAsync(socket);
    }

    [Fact]
    public async Task Heartbeat_EveryInterval_SendsWebSocketHeartbeat()
    {
        var (simulator, http, channel) = await StartWithChannelAsync(n => n.HeartbeatIntervalSeconds = 1);
        await using var running = simulator;
        using var client = http;
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(channel.ConnectUri), CancellationToken.None);

        var first = await ReceiveTextAsync(socket);
        var second = await ReceiveTextAsync(socket);

        const string heartbeat = """{"topicName":"channel.metadata","eventBody":{"message":"WebSocket Heartbeat"}}""";
        Assert.Equal(heartbeat, first);
        Assert.Equal(heartbeat, second);
        Assert.True(simulator.Notifications.Counts.HeartbeatsSent >= 2);
        await CloseQuietlyAsync(socket);
    }

    [Fact]
    public async Task Connect_UnknownChannel_IsRefusedWith404()
    {
        await using var simulator = await EmbeddedGenesysSimulator.StartAsync(Options());
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() =>
            socket.ConnectAsync(new Uri($"ws://{simulator.BaseAddress.Authority}/channels/streaming-0-unknown"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, socket.HttpStatusCode);
    }

    [Fact]
    public async Task Expiry_OfChannel_SendsSocketClosingThenClosesAndRemovesTheChannel()
    {
        var (simulator, http, channel) = await StartWithChannelAsync(n => n.ChannelLifetimeSeconds = 1);
        await using var running = simulator;
        using var client = http;
        using var socket = await ConnectAsync(channel.ConnectUri);

        var closing = await ReceiveAsync(socket, m => IsTopic(m, "v2.system.socket_closing"));
        var afterClosing = await ReceiveTextAsync(socket);

        Assert.Equal("2", closing.GetProperty("version").GetString());
        Assert.True(Guid.TryParse(closing.GetProperty("metadata").GetProperty("CorrelationId").GetString(), out _));
        Assert.Equal(channel.Id, closing.GetProperty("eventBody").GetProperty("channelId").GetString());
        Assert.Null(afterClosing);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"api/v2/notifications/channels/{channel.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Empty(simulator.Notifications.Channels());
    }

    [Fact]
    public async Task CloseSockets_SocketClosing_SendsSocketClosingClosesAndKeepsTheChannelForAReconnect()
    {
        var (simulator, http, channel) = await StartWithChannelAsync();
        await using var running = simulator;
        using var client = http;
        using var socket = await ConnectAsync(channel.ConnectUri);

        var closed = simulator.Notifications.CloseSockets(SocketCloseMode.SocketClosing);

        Assert.Equal([channel.Id], closed);
        var closing = await ReceiveAsync(socket, m => IsTopic(m, "v2.system.socket_closing"));
        Assert.Equal(channel.Id, closing.GetProperty("eventBody").GetProperty("channelId").GetString());
        Assert.Null(await ReceiveTextAsync(socket));
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, socket.CloseStatus);
        using var reconnected = await ConnectAsync(channel.ConnectUri);
        await CloseQuietlyAsync(reconnected);
    }

    [Fact]
    public async Task CloseSockets_Abort_DropsTheConnectionWithoutCloseHandshake()
    {
        var (simulator, http, channel) = await StartWithChannelAsync();
        await using var running = simulator;
        using var client = http;
        using var socket = await ConnectAsync(channel.ConnectUri);

        simulator.Notifications.CloseSockets(SocketCloseMode.Abort, channel.Id);

        // Which error the client reports depends on how the connection went down (end of stream or reset), never a close
        // frame. A frame sent just before the abort (a heartbeat) may still be read first; a few at most.
        await Assert.ThrowsAsync<WebSocketException>(async () =>
        {
            for (var frames = 0; frames < 3 && await ReceiveTextAsync(socket) is not null; frames++)
            {
            }
        });
        Assert.Null(socket.CloseStatus);
        Assert.Equal(WebSocketState.Aborted, socket.State);
    }

    [Fact]
    public async Task CloseSockets_Silence_StopsHeartbeatsAndPongsButKeepsTheSocketOpen()
    {
        var (simulator, http, channel) = await StartWithChannelAsync(n => n.HeartbeatIntervalSeconds = 1);
        await using var running = simulator;
        using var client = http;
        using var socket = await ConnectAsync(channel.ConnectUri);

        simulator.Notifications.CloseSockets(SocketCloseMode.Silence);
        await SendTextAsync(socket, """{"message":"ping"}""");

        var snapshot = Assert.Single(simulator.Notifications.Channels());
        Assert.True(snapshot.SocketSilenced);
        Assert.True(snapshot.SocketOpen);

        // Nothing can be awaited here: silence is the absence of the pong and of the heartbeat due within a second
        // (the client's cancelled read then aborts its own socket).
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReceiveTextAsync(socket, TimeSpan.FromSeconds(2.5)));
    }

    [Fact]
    public async Task Connect_SecondSocketOnSameChannel_ClosesTheFirst()
    {
        var (simulator, http, channel) = await StartWithChannelAsync();
        await using var running = simulator;
        using var client = http;
        using var first = await ConnectAsync(channel.ConnectUri);

        using var second = await ConnectAsync(channel.ConnectUri);

        Assert.Null(await ReceiveTextAsync(first));
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, first.CloseStatus);
        await PingAsync(second);
        Assert.Equal(2, simulator.Notifications.Counts.SocketsOpened);
        await CloseQuietlyAsync(second);
    }

    [Fact]
    public async Task ControlEndpoints_ListChannelsAndCloseSockets_OverHttp()
    {
        var (simulator, http, channel) = await StartWithChannelAsync();
        await using var running = simulator;
        using var client = http;
        using var socket = await ConnectAsync(channel.ConnectUri);

        using var close = await http.PostAsync("__simulator/notifications/sockets/close",
            new StringContent("""{"mode":"socket_closing"}""", System.Text.Encoding.UTF8, "application/json"));
        await ReceiveAsync(socket, m => IsTopic(m, "v2.system.socket_closing"));
        using var list = await http.GetAsync("__simulator/notifications/channels");
        using var bad = await http.PostAsync("__simulator/notifications/sockets/close",
            new StringContent("""{"mode":"explode"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.Contains(channel.Id, await close.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(await list.Content.ReadAsStringAsync());
        var listed = Assert.Single(json.RootElement.GetProperty("channels").EnumerateArray());
        Assert.Equal(channel.Id, listed.GetProperty("id").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("counts").GetProperty("socketsOpened").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
