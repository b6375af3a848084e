using System.Net.WebSockets;
using Gateway.Transport.Tests.Infrastructure;

namespace Gateway.Transport.Tests.WebSockets;

/// <summary>The <c>graphql-transport-ws</c> protocol, message by message, over a raw socket (default options).</summary>
public sealed class GraphQLWsProtocolTests(WebSocketHostFixture fixture) : IClassFixture<WebSocketHostFixture>
{
    private readonly TransportTestHost _host = fixture.Host;

    [Fact]
    public async Task ConnectionInit_WithoutPayload_ConnectionAck()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(_host.WebSocketEndpoint());

        await client.SendAsync(new { type = "connection_init" });

        var ack = await client.ReceiveMessageAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        Assert.Equal("graphql-transport-ws", client.Socket.SubProtocol);
    }

    [Fact]
    public async Task ConnectionInit_WithPayloadObject_ConnectionAck()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(_host.WebSocketEndpoint());

        await client.SendAsync(new { type = "connection_init", payload = new { token = "t" } });

        Assert.Equal("connection_ack", (await client.ReceiveMessageAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task ConnectionInit_PayloadNotAnObject_Closes4400()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(_host.WebSocketEndpoint());

        await client.SendTextAsync("""{"type":"connection_init","payload":"token"}""");

        var (code, _) = await client.ReceiveCloseAsync();
        Assert.Equal(4400, code);
    }

    [Fact]
    public async Task ConnectionInit_Twice_Closes4429()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());

        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal((4429, "Too many initialisation requests"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Message_NotJson_Closes4400()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(_host.WebSocketEndpoint());

        await client.SendTextAsync("{ this is not json");

        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4400, code);
        Assert.Contains("not JSON", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_NotAnObject_Closes4400()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(_host.WebSocketEndpoint());

        await client.SendTextAsync("[1, 2]");

        Assert.Equal(4400, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task Message_UnknownType_Closes4400()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());

        await client.SendAsync(new { type = "start", id = "1", payload = new { query = "{ hello }" } });

        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4400, code);
        Assert.Contains("unknown type", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_TypeMissing_Closes4400()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(_host.WebSocketEndpoint());

        await client.SendAsync(new { id = "1" });

        Assert.Equal(4400, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task Message_ServerOnlyType_Closes4400()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());

        await client.SendAsync(new { type = "next", id = "1", payload = new { data = new { } } });

        Assert.Equal(4400, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task Subscribe_BeforeAck_Closes4401()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(_host.WebSocketEndpoint());

        await client.SubscribeAsync("1", "{ hello }");

        Assert.Equal((4401, "Unauthorized"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Subscribe_MissingId_Closes4400()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());

        await client.SendAsync(new { type = "subscribe", payload = new { query = "{ hello }" } });

        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4400, code);
        Assert.Contains("'id'", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_MissingPayload_Closes4400()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());

        await client.SendAsync(new { type = "subscribe", id = "1" });

        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4400, code);
        Assert.Contains("'payload'", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_IdAlreadyRunning_Closes4409()
    {
        var events = _host.Events();
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());
        await client.SubscribeAsync("dup", """subscription { events(topic: "duplicate") }""");
        await events.WaitForSubscribersAsync("duplicate", 1);

        await client.SubscribeAsync("dup", "{ hello }");

        Assert.Equal((4409, "Subscriber for dup already exists"), await client.ReceiveCloseAsync());
        await events.WaitForSubscribersAsync("duplicate", 0);
    }

    [Fact]
    public async Task Ping_BeforeAndAfterInit_PongEchoesPayload()
    {
        await using var client = await WebSocketTestClient.ConnectAsync(_host.WebSocketEndpoint());

        await client.SendAsync(new { type = "ping" });
        var first = await client.ReceiveMessageAsync();
        await client.SendAsync(new { type = "connection_init" });
        await client.ReceiveMessageAsync();
        await client.SendAsync(new { type = "ping", payload = new { at = 42 } });
        var second = await client.ReceiveMessageAsync();

        Assert.Equal("pong", first.GetProperty("type").GetString());
        Assert.False(first.TryGetProperty("payload", out _));
        Assert.Equal("pong", second.GetProperty("type").GetString());
        Assert.Equal(42, second.GetProperty("payload").GetProperty("at").GetInt32());
    }

    [Fact]
    public async Task Pong_Unsolicited_IsIgnored()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());

        await client.SendAsync(new { type = "pong" });
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await client.ReceiveMessageAsync()).GetProperty("type").GetString());
        Assert.Equal(WebSocketState.Open, client.Socket.State);
    }

    [Fact]
    public async Task Subscribe_Query_NextThenComplete()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());

        await client.SubscribeAsync("q", "{ hello }");

        var next = await client.ReceiveMessageAsync();
        var complete = await client.ReceiveMessageAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("q", next.GetProperty("id").GetString());
        Assert.Equal("Hello, world!", next.GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal("q", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Subscribe_QueryWithFieldError_NextWithErrorsThenComplete()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());

        await client.SubscribeAsync("f", "{ hello fail }");

        var next = await client.ReceiveMessageAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("Hello, world!", next.GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
        Assert.DoesNotContain(Infrastructure.TestQuery.SecretFailure, next.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("complete", (await client.ReceiveMessageAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Subscribe_MissingQuery_ErrorWithoutComplete()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());

        await client.SendAsync(new { type = "subscribe", id = "m", payload = new { } });
        var error = await client.ReceiveMessageAsync();
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("m", error.GetProperty("id").GetString());
        Assert.Equal("QUERY_MISSING", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        // The next message is the pong: no `complete` followed the error.
        Assert.Equal("pong", (await client.ReceiveMessageAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Subscribe_VariablesNotAnObject_Error()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());

        await client.SendTextAsync("""{"type":"subscribe","id":"v","payload":{"query":"{ hello }","variables":[1]}}""");

        var error = await client.ReceiveMessageAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("INVALID_VARIABLES", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Subscribe_ValidationError_ErrorWithoutComplete()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());

        await client.SubscribeAsync("bad", "{ nope }");
        var error = await client.ReceiveMessageAsync();
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.True(error.GetProperty("payload").GetArrayLength() > 0);
        Assert.Equal("pong", (await client.ReceiveMessageAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Subscribe_RefusedStream_ErrorWithoutComplete()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());

        await client.SubscribeAsync("r", "subscription { refused }");
        var error = await client.ReceiveMessageAsync();
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("FORBIDDEN", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("pong", (await client.ReceiveMessageAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Subscribe_FailingStream_SecretNeverReachesClient()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());

        await client.SubscribeAsync("x", "subscription { failing }");
        var first = await client.ReceiveMessageAsync();
        var error = await client.ReceiveMessageAsync();
        await client.SendAsync(new { type = "ping" });
        var pong = await client.ReceiveMessageAsync();

        Assert.Equal("next", first.GetProperty("type").GetString());
        Assert.Equal("first", first.GetProperty("payload").GetProperty("data").GetProperty("failing").GetString());
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("x", error.GetProperty("id").GetString());
        Assert.True(error.GetProperty("payload").GetArrayLength() > 0);
        Assert.Equal("pong", pong.GetProperty("type").GetString());
        foreach (var message in new[] { first, error, pong })
        {
            Assert.DoesNotContain(TestSubscription.SecretFailure, message.GetRawText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Subscribe_EventsPublished_NextForEachInOrder()
    {
        var events = _host.Events();
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());
        await client.SubscribeAsync("e", """subscription { events(topic: "ordered") }""");
        await events.WaitForSubscribersAsync("ordered", 1);

        for (var i = 0; i < 10; i++)
        {
            events.Publish("ordered", $"event {i}");
        }

        for (var i = 0; i < 10; i++)
        {
            var next = await client.ReceiveMessageAsync();
            Assert.Equal("next", next.GetProperty("type").GetString());
            Assert.Equal($"event {i}", next.GetProperty("payload").GetProperty("data").GetProperty("events").GetString());
        }
    }

    [Fact]
    public async Task Subscribe_SourceCompletes_Complete()
    {
        var events = _host.Events();
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());
        await client.SubscribeAsync("s", """subscription { events(topic: "ending") }""");
        await events.WaitForSubscribersAsync("ending", 1);

        events.Complete("ending");

        var complete = await client.ReceiveMessageAsync();
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal("s", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Complete_RunningSubscription_UnsubscribesSourceAndFreesTheId()
    {
        var events = _host.Events();
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());
        await client.SubscribeAsync("c", """subscription { events(topic: "stopped") }""");
        await events.WaitForSubscribersAsync("stopped", 1);

        await client.SendAsync(new { type = "complete", id = "c" });
        await events.WaitForSubscribersAsync("stopped", 0);
        await client.SubscribeAsync("c", """subscription { events(topic: "stopped") }""");
        await events.WaitForSubscribersAsync("stopped", 1);
        events.Publish("stopped", "again");

        var next = await client.ReceiveMessageAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("c", next.GetProperty("id").GetString());
        Assert.Equal("again", next.GetProperty("payload").GetProperty("data").GetProperty("events").GetString());
    }

    [Fact]
    public async Task Complete_UnknownId_IsIgnored()
    {
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());

        await client.SendAsync(new { type = "complete", id = "never-started" });
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await client.ReceiveMessageAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Socket_ClientAborts_UnsubscribesSource()
    {
        var events = _host.Events();
        var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());
        await client.SubscribeAsync("a", """subscription { events(topic: "aborted") }""");
        await events.WaitForSubscribersAsync("aborted", 1);

        client.Socket.Abort();
        await client.DisposeAsync();

        await events.WaitForSubscribersAsync("aborted", 0);
    }

    [Fact]
    public async Task Socket_ClientCloses_ServerAnswersAndUnsubscribes()
    {
        var events = _host.Events();
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(_host.WebSocketEndpoint());
        await client.SubscribeAsync("n", """subscription { events(topic: "closed-normally") }""");
        await events.WaitForSubscribersAsync("closed-normally", 1);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await client.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);

        Assert.Equal(WebSocketState.Closed, client.Socket.State);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.Socket.CloseStatus);
        await events.WaitForSubscribersAsync("closed-normally", 0);
    }

    [Fact]
    public async Task Request_NotAWebSocket_ReachesTheHttpTransport()
    {
        using var response = await _host.Client.PostGraphQLAsync(new { query = "{ hello }" });

        var body = await response.ReadJsonAsync();
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
    }
}
