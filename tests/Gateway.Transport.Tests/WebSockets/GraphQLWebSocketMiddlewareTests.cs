using System.Net.WebSockets;
using Gateway.Transport.Tests.Infrastructure;
using Gateway.Transport.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Transport.Tests.WebSockets;

/// <summary>The upgrade, the authorization hook and the socket's end as the middleware handles them.</summary>
public sealed class GraphQLWebSocketMiddlewareTests
{
    [Fact]
    public async Task Upgrade_OtherSubprotocolOnly_Closes4406()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        await using var client = await WebSocketTestClient.ConnectAsync(host.WebSocketEndpoint(), "graphql-ws");

        Assert.Equal((4406, "Subprotocol not acceptable"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Upgrade_NoSubprotocol_Closes4406()
    {
        await using var host = await WebSocketTestHost.StartAsync();
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(host.WebSocketEndpoint(), timeout.Token);

        var result = await socket.ReceiveAsync(new byte[256], timeout.Token);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(4406, (int?)result.CloseStatus);
    }

    [Fact]
    public async Task Upgrade_SeveralSubprotocolsOffered_SelectsGraphQLTransportWs()
    {
        await using var host = await WebSocketTestHost.StartAsync();

        await using var client = await WebSocketTestClient.ConnectAsync(host.WebSocketEndpoint(), "graphql-ws", "graphql-transport-ws");

        Assert.Equal("graphql-transport-ws", client.Socket.SubProtocol);
    }

    [Fact]
    public async Task ConnectionInit_HookDenies_Closes4403()
    {
        await using var host = await WebSocketTestHost.StartAsync(useWebSockets: static app => app.UseGraphQLWebSockets<TestSchema, TokenCheckingWebSocketMiddleware>());
        await using var client = await WebSocketTestClient.ConnectAsync(host.WebSocketEndpoint());

        await client.SendAsync(new { type = "connection_init", payload = new { token = "wrong" } });

        Assert.Equal((4403, "Forbidden"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ConnectionInit_HookAllows_ConnectionAckAndOperationsRun()
    {
        await using var host = await WebSocketTestHost.StartAsync(useWebSockets: static app => app.UseGraphQLWebSockets<TestSchema, TokenCheckingWebSocketMiddleware>());
        await using var client = await WebSocketTestClient.ConnectAsync(host.WebSocketEndpoint());

        await client.SendAsync(new { type = "connection_init", payload = new { token = TokenCheckingWebSocketMiddleware.Token } });
        var ack = await client.ReceiveMessageAsync();
        await client.SubscribeAsync("q", "{ hello }");

        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        Assert.Equal("next", (await client.ReceiveMessageAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task ConnectionInit_HookDenies_GraphQLWsClientReportsForbidden()
    {
        await using var host = await WebSocketTestHost.StartAsync(useWebSockets: static app => app.UseGraphQLWebSockets<TestSchema, TokenCheckingWebSocketMiddleware>());
        await using var client = await WebSocketNodeClient.StartAsync(host.WebSocketEndpoint(), new
        {
            connectionParams = new { token = "wrong" },
            operations = new[] { new { name = "q", query = "{ hello }" } },
        });

        var failed = await client.WaitForAsync("failed", "q");

        Assert.Equal(4403, failed.GetProperty("code").GetInt32());
        Assert.Equal("Forbidden", failed.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Server_Stopping_ClosesSocketsWith1001()
    {
        var host = await WebSocketTestHost.StartAsync();
        var events = host.Events();
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(host.WebSocketEndpoint());
        await client.SubscribeAsync("s", """subscription { events(topic: "shutdown") }""");
        await events.WaitForSubscribersAsync("shutdown", 1);

        var stopping = host.DisposeAsync();
        var (code, reason) = await client.ReceiveCloseAsync();
        await stopping;

        Assert.Equal((1001, "Server shutting down"), (code, reason));
        Assert.Equal(0, events.SubscriberCount("shutdown"));
    }

    [Fact]
    public async Task UseGraphQLWebSockets_TransportNotRegistered_FailsAtStartUp()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TransportTestHost.StartAsync(
            useKestrel: true,
            map: static app => app.Map("/graphql", ((IEndpointRouteBuilder)app).CreateApplicationBuilder().UseGraphQLWebSockets<TestSchema>().Build())));

        Assert.Contains(nameof(GraphQLWebSocketServiceCollectionExtensions.AddGraphQLWebSocketTransport), error.Message, StringComparison.Ordinal);
    }
}
