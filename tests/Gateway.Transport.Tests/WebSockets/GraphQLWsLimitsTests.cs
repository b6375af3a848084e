using System.Diagnostics;
using System.Net.WebSockets;
using Gateway.Transport.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Gateway.Transport.Tests.WebSockets;

/// <summary>The limits and timeouts of <c>GraphQL:Subscriptions</c> as the WebSocket transport applies them.</summary>
public sealed class GraphQLWsLimitsTests
{
    [Fact]
    public async Task ConnectionInit_NotSentWithinTimeout_Closes4408()
    {
        await using var host = await WebSocketTestHost.StartAsync(Settings(("ConnectionInitTimeout", "00:00:00.200")));
        await using var client = await WebSocketTestClient.ConnectAsync(host.WebSocketEndpoint());

        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal((4408, "Connection initialisation timeout"), (code, reason));
    }

    [Fact]
    public async Task ConnectionInit_SentWithinTimeout_StaysOpenPastIt()
    {
        await using var host = await WebSocketTestHost.StartAsync(Settings(("ConnectionInitTimeout", "00:00:00.200")));
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(host.WebSocketEndpoint());
        await client.SubscribeAsync("s", """subscription { events(topic: "init-ok") }""");
        await host.Events().WaitForSubscribersAsync("init-ok", 1);

        // The absence of a close can only be shown by outliving the timeout.
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await client.ReceiveMessageAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Connection_NoOperationForIdleTimeout_Closes1000()
    {
        await using var host = await WebSocketTestHost.StartAsync(Settings(("IdleTimeout", "00:00:00.300")));
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(host.WebSocketEndpoint());
        await client.SubscribeAsync("q", "{ hello }");
        await client.ReceiveMessageAsync();
        await client.ReceiveMessageAsync();

        var started = Stopwatch.StartNew();
        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal((1000, "Idle timeout"), (code, reason));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"Closed after {started.Elapsed}.");
    }

    [Fact]
    public async Task Connection_ClientAnswersNoPing_IsCutOffAndUnsubscribed()
    {
        await using var host = await WebSocketTestHost.StartAsync(Settings(("KeepAliveInterval", "00:00:00.200")));
        var events = host.Events();
        var client = await WebSocketTestClient.ConnectAndInitAsync(host.WebSocketEndpoint());

        // A pending receive answers the server's WebSocket pings until the subscription runs; the pong message ends it.
        var pending = client.ReceiveMessageAsync();
        await client.SubscribeAsync("k", """subscription { events(topic: "no-pong") }""");
        await events.WaitForSubscribersAsync("no-pong", 1);
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await pending).GetProperty("type").GetString());

        // From here the client never reads, so it never answers a ping.
        await events.WaitForSubscribersAsync("no-pong", 0, TimeSpan.FromSeconds(10));

        Assert.Null(await ReadUntilEndAsync(client));
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Connection_ClientAnswersPings_StaysOpenPastSeveralIntervals()
    {
        await using var host = await WebSocketTestHost.StartAsync(Settings(("KeepAliveInterval", "00:00:00.200")));
        var events = host.Events();
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(host.WebSocketEndpoint());

        // A pending receive answers the pings; staying open can only be shown by outliving a few intervals.
        var next = client.ReceiveMessageAsync();
        await client.SubscribeAsync("k", """subscription { events(topic: "pong") }""");
        await events.WaitForSubscribersAsync("pong", 1);
        await Task.Delay(TimeSpan.FromSeconds(1));
        events.Publish("pong", "alive");

        Assert.Equal("alive", (await next).GetProperty("payload").GetProperty("data").GetProperty("events").GetString());
    }

    [Fact]
    public async Task Subscribe_OverMaxOperationsPerConnection_ErrorForThatIdOthersKeepRunning()
    {
        await using var host = await WebSocketTestHost.StartAsync(Settings(("MaxOperationsPerConnection", "2")));
        var events = host.Events();
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(host.WebSocketEndpoint());
        await client.SubscribeAsync("a", """subscription { events(topic: "limit") }""");
        await client.SubscribeAsync("b", """subscription { events(topic: "limit") }""");
        await events.WaitForSubscribersAsync("limit", 2);

        await client.SubscribeAsync("c", """subscription { events(topic: "limit") }""");
        var error = await client.ReceiveMessageAsync();
        events.Publish("limit", "still here");
        var nexts = new[] { await client.ReceiveMessageAsync(), await client.ReceiveMessageAsync() };

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("c", error.GetProperty("id").GetString());
        Assert.Equal("TOO_MANY_OPERATIONS", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(["a", "b"], nexts.Select(static n => n.GetProperty("id").GetString() ?? "").Order());
        Assert.Equal(2, events.SubscriberCount("limit"));
    }

    [Fact]
    public async Task Subscribe_AfterAnOperationEnds_UnderTheLimitAgain()
    {
        await using var host = await WebSocketTestHost.StartAsync(Settings(("MaxOperationsPerConnection", "1")));
        var events = host.Events();
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(host.WebSocketEndpoint());
        await client.SubscribeAsync("a", """subscription { events(topic: "slot") }""");
        await events.WaitForSubscribersAsync("slot", 1);

        await client.SendAsync(new { type = "complete", id = "a" });
        await events.WaitForSubscribersAsync("slot", 0);
        await client.SubscribeAsync("b", "{ hello }");

        Assert.Equal("next", (await client.ReceiveMessageAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Subscribe_ClientNeverReads_ClosesAsSubscriberTooSlowEvenWithASendStuck()
    {
        // Arrange: a client with a small TCP window that never reads, and a result far larger than the socket buffers.
        await using var host = await WebSocketTestHost.StartAsync(Settings(("MaxBufferedResults", "2")));
        var events = host.Events();
        var client = await WebSocketTestClient.ConnectAsync(host.WebSocketEndpoint(), receiveBufferBytes: 64 * 1024);
        await client.SendAsync(new { type = "connection_init" });
        await client.ReceiveMessageAsync();
        await client.SubscribeAsync("slow", """subscription { events(topic: "slow") }""");
        await events.WaitForSubscribersAsync("slow", 1);
        events.Publish("slow", new string('x', 8 * 1024 * 1024));
        await WaitForUnreadBytesAsync(client);

        // Act: the server is stuck sending that result; more arrive than the buffer holds.
        var overflowed = Stopwatch.StartNew();
        for (var i = 0; i < 3; i++)
        {
            events.Publish("slow", $"more {i}");
        }

        await events.WaitForSubscribersAsync("slow", 0, TimeSpan.FromSeconds(10));
        overflowed.Stop();

        // Assert: the close frame could not get past the stuck send, so the connection was aborted after the close timeout (2 s).
        Assert.True(overflowed.Elapsed < TimeSpan.FromSeconds(5), $"Unsubscribed {overflowed.Elapsed} after the overflow.");
        Assert.Contains(host.Logs.Entries, static e => e.Level == LogLevel.Warning && e.Message.Contains("did not read", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Entries, static e => e.Message.Contains("Closing the WebSocket: 1008 Subscriber too slow", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Entries, static e => e.Message.Contains("could not be sent in time", StringComparison.Ordinal));
        Assert.Null(await ReadUntilEndAsync(client));
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Subscribe_ClientNeverReadsABurst_ClosesWith1008()
    {
        // Arrange: the buffer overflows before any send is stuck, so the close frame itself gets through.
        await using var host = await WebSocketTestHost.StartAsync(Settings(("MaxBufferedResults", "2")));
        var events = host.Events();
        var client = await WebSocketTestClient.ConnectAndInitAsync(host.WebSocketEndpoint());
        await client.SubscribeAsync("burst", """subscription { events(topic: "burst") }""");
        await events.WaitForSubscribersAsync("burst", 1);

        // Act
        for (var i = 0; i < 100; i++)
        {
            events.Publish("burst", new string('y', 64 * 1024));
        }

        await events.WaitForSubscribersAsync("burst", 0, TimeSpan.FromSeconds(10));

        // Assert: whatever was sent first, then the close frame (or, if the client is too late to answer it, an abort).
        Assert.Contains(host.Logs.Entries, static e => e.Message.Contains("Closing the WebSocket: 1008 Subscriber too slow", StringComparison.Ordinal));
        Assert.Equal(1008, await ReadUntilEndAsync(client));
        await client.DisposeAsync();
    }

    [Fact]
    public async Task Connection_OverMaxConnectionsPerClient_Closes4429()
    {
        await using var host = await WebSocketTestHost.StartAsync(Settings(("MaxConnectionsPerClient", "1")));
        await using var first = await WebSocketTestClient.ConnectAndInitAsync(host.WebSocketEndpoint());

        await using var second = await WebSocketTestClient.ConnectAsync(host.WebSocketEndpoint());
        var (code, reason) = await second.ReceiveCloseAsync();

        Assert.Equal((4429, "Too many connections"), (code, reason));
        await first.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await first.ReceiveMessageAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Message_OverMaxRequestBodyBytes_Closes1009()
    {
        await using var host = await WebSocketTestHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Http:MaxRequestBodyBytes"] = "1024" });
        await using var client = await WebSocketTestClient.ConnectAndInitAsync(host.WebSocketEndpoint());

        await client.SubscribeAsync("big", "{ hello(name: \"" + new string('a', 4096) + "\") }");

        Assert.Equal((1009, "Message too big"), await client.ReceiveCloseAsync());
    }

    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] entries)
        => entries.ToDictionary(static e => $"GraphQL:Subscriptions:{e.Key}", static e => (string?)e.Value);

    // Bytes waiting unread on the client mean the server is inside its send; no event tells, so this polls.
    private static async Task WaitForUnreadBytesAsync(WebSocketTestClient client)
    {
        var deadline = Stopwatch.StartNew();
        while (client.Transport.Available == 0)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "The server never started sending.");
            await Task.Delay(10);
        }
    }

    // Drains what reached the client: the close code, or null when the server cut the connection.
    private static async Task<int?> ReadUntilEndAsync(WebSocketTestClient client)
    {
        var buffer = new byte[1024 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            while (true)
            {
                var result = await client.Socket.ReceiveAsync(buffer, timeout.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return (int?)result.CloseStatus;
                }
            }
        }
        catch (WebSocketException)
        {
            return null;
        }
    }
}
