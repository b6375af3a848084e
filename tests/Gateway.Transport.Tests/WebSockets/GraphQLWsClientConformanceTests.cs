using System.Diagnostics;
using System.Text.Json;
using Gateway.Transport.Tests.Infrastructure;

namespace Gateway.Transport.Tests.WebSockets;

/// <summary>The WebSocket transport as the real npm <c>graphql-ws</c> client sees it (<c>tests/conformance/graphql-ws-client.mjs</c>).</summary>
public sealed class GraphQLWsClientConformanceTests : IAsyncLifetime
{
    private TransportTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WebSocketTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Subscribe_EventPublished_ClientReceivesItWithinOneSecondAndUnsubscribes()
    {
        // Arrange
        var events = _host.Events();
        await using var client = await WebSocketNodeClient.StartAsync(_host.WebSocketEndpoint(), new
        {
            operations = new[] { new { name = "events", query = "subscription { events(topic: \"node\") }", take = 1 } },
        });
        await events.WaitForSubscribersAsync("node", 1);

        // Act
        var published = Stopwatch.StartNew();
        events.Publish("node", "hello from C#");
        var next = await client.WaitForAsync("next", "events", TimeSpan.FromSeconds(5));
        published.Stop();

        // Assert
        Assert.True(published.Elapsed < TimeSpan.FromSeconds(1), $"The event took {published.Elapsed} to arrive.");
        Assert.Equal("hello from C#", next.GetProperty("payload").GetProperty("data").GetProperty("events").GetString());
        await client.WaitForAsync("unsubscribed", "events");
        await events.WaitForSubscribersAsync("node", 0);
        var lines = await client.WaitForDoneAsync();
        Assert.DoesNotContain(lines, static line => line.GetProperty("type").GetString() is "error" or "failed");
    }

    [Fact]
    public async Task Subscribe_Query_ReceivesOneNextThenComplete()
    {
        await using var client = await WebSocketNodeClient.StartAsync(_host.WebSocketEndpoint(), new
        {
            operations = new[] { new { name = "hello", query = "query ($name: String) { hello(name: $name) }", variables = new { name = "socket" } } },
        });

        var lines = await client.WaitForDoneAsync();

        Assert.Equal(["next", "complete"], OperationEvents(lines, "hello"));
        Assert.Equal("Hello, socket!", lines.First(IsNext).GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Subscribe_TwoQueriesOnOneSocket_EachRunsInAServiceScopeOfItsOwn()
    {
        await using var client = await WebSocketNodeClient.StartAsync(_host.WebSocketEndpoint(), new
        {
            operations = new[] { new { name = "first", query = "{ scopeId }" }, new { name = "second", query = "{ scopeId }" } },
        });

        var lines = await client.WaitForDoneAsync();

        var scopes = lines.Where(IsNext).Select(line => line.GetProperty("payload").GetProperty("data").GetProperty("scopeId").GetString()).ToList();
        Assert.Equal(2, scopes.Count);
        Assert.NotEqual(scopes[0], scopes[1]);
    }

    [Fact]
    public async Task Subscribe_Mutation_ReceivesOneNextThenComplete()
    {
        await using var client = await WebSocketNodeClient.StartAsync(_host.WebSocketEndpoint(), new
        {
            operations = new[] { new { name = "echo", query = "mutation { echo(text: \"over ws\") }" } },
        });

        var lines = await client.WaitForDoneAsync();

        Assert.Equal(["next", "complete"], OperationEvents(lines, "echo"));
        Assert.Equal("over ws", lines.First(IsNext).GetProperty("payload").GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Subscribe_FiniteStream_ReceivesThreeNextThenComplete()
    {
        await using var client = await WebSocketNodeClient.StartAsync(_host.WebSocketEndpoint(), new
        {
            operations = new[] { new { name = "greetings", query = "subscription { greetings(count: 3) }" } },
        });

        var lines = await client.WaitForDoneAsync();

        Assert.Equal(["next", "next", "next", "complete"], OperationEvents(lines, "greetings"));
        Assert.Equal(
            ["Hello 1", "Hello 2", "Hello 3"],
            lines.Where(IsNext).Select(static line => line.GetProperty("payload").GetProperty("data").GetProperty("greetings").GetString()));
    }

    [Fact]
    public async Task Subscribe_RefusedStream_ReceivesError()
    {
        await using var client = await WebSocketNodeClient.StartAsync(_host.WebSocketEndpoint(), new
        {
            operations = new[] { new { name = "refused", query = "subscription { refused }" } },
        });

        var lines = await client.WaitForDoneAsync();

        Assert.Equal(["error"], OperationEvents(lines, "refused"));
        var error = lines.Single(static line => line.GetProperty("type").GetString() == "error").GetProperty("payload")[0];
        Assert.Equal("Not allowed to subscribe.", error.GetProperty("message").GetString());
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Subscribe_InvalidDocument_ReceivesValidationErrors()
    {
        await using var client = await WebSocketNodeClient.StartAsync(_host.WebSocketEndpoint(), new
        {
            operations = new[] { new { name = "invalid", query = "subscription { nope }" } },
        });

        var lines = await client.WaitForDoneAsync();

        Assert.Equal(["error"], OperationEvents(lines, "invalid"));
    }

    [Fact]
    public async Task Subscribe_ManyOperationsOverOneSocket_EachGetsItsOwnResults()
    {
        await using var client = await WebSocketNodeClient.StartAsync(_host.WebSocketEndpoint(), new
        {
            operations = Enumerable.Range(1, 5)
                .Select(i => new { name = $"g{i}", query = $"subscription {{ greetings(count: {i}) }}" })
                .ToArray(),
        });

        var lines = await client.WaitForDoneAsync();

        for (var i = 1; i <= 5; i++)
        {
            // An `error` says why in its payload: a failure names it, not just the message types.
            var errors = lines.Where(line => line.TryGetProperty("operation", out var name) && name.GetString() == $"g{i}" && line.GetProperty("type").GetString() == "error")
                .Select(static line => line.GetRawText())
                .ToArray();
            Assert.True(errors.Length == 0, $"g{i} was answered with an error: {string.Join(" ", errors)}");
            Assert.Equal([.. Enumerable.Repeat("next", i), "complete"], OperationEvents(lines, $"g{i}"));
        }

        Assert.Single(lines, static line => line.GetProperty("type").GetString() == "connected");
    }

    private static bool IsNext(JsonElement line) => line.GetProperty("type").GetString() == "next";

    private static string[] OperationEvents(IEnumerable<JsonElement> lines, string operation)
        => [.. lines
            .Where(line => line.TryGetProperty("operation", out var name) && name.GetString() == operation)
            .Select(static line => line.GetProperty("type").GetString() ?? "")];
}
