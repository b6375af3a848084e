using System.Diagnostics;
using System.Text.Json;
using Gateway.Transport.Sse;
using Gateway.Transport.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Transport.Tests.Sse;

/// <summary>The real npm <c>graphql-sse</c> client (Node) against the transport on Kestrel, in both of the protocol's modes.</summary>
public sealed class GraphQLSseClientConformanceTests
{
    private const string EventsSubscription = "subscription Events($topic: String!) { events(topic: $topic) }";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GraphQLSseClient_EventsSubscription_ReceivesPublishedEventWithinOneSecondAndUnsubscribes(bool singleConnection)
    {
        // Arrange
        await using var host = await SseTestHost.StartAsync();
        var source = host.App.Services.GetRequiredService<TestEventSource>();
        var topic = $"node-client-{singleConnection}";
        await using var client = await GraphQLSseNodeClient.StartAsync(
            host.GraphQLEndpoint,
            singleConnection,
            new { query = EventsSubscription, variables = new { topic } },
            take: 1);
        await source.WaitForSubscribersAsync(topic, 1, TimeSpan.FromSeconds(30));

        // Act
        var sent = Stopwatch.StartNew();
        source.Publish(topic, "hello over sse");
        var received = await client.ReadAsync();
        sent.Stop();

        // Assert
        Assert.Equal("next", received.GetProperty("event").GetString());
        Assert.Equal("hello over sse", received.GetProperty("result").GetProperty("data").GetProperty("events").GetString());
        Assert.True(sent.Elapsed < TimeSpan.FromSeconds(1), $"delivered after {sent.Elapsed}");

        var (rest, exitCode) = await client.ReadToEndAsync();
        Assert.True(exitCode == 0, $"exit {exitCode}: {string.Join(" ", rest)} {client.Stderr}");
        var complete = Assert.Single(rest, l => l.GetProperty("event").GetString() == "complete");
        Assert.Equal("client", complete.GetProperty("by").GetString());
        await source.WaitForSubscribersAsync(topic, 0);
        var reservations = host.App.Services.GetRequiredService<SseReservationStore>();
        await SseWait.UntilAsync(() => reservations.Count == 0, "the reservation is released");
        AssertNoErrorLogged(host);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GraphQLSseClient_GreetingsSubscription_ThreeNextsThenServerComplete(bool singleConnection)
    {
        // Arrange
        await using var host = await SseTestHost.StartAsync();

        // Act
        await using var client = await GraphQLSseNodeClient.StartAsync(
            host.GraphQLEndpoint, singleConnection, new { query = "subscription { greetings(count: 3) }" });
        var (lines, exitCode) = await client.ReadToEndAsync();

        // Assert
        Assert.True(exitCode == 0, $"exit {exitCode}: {string.Join(" ", lines)} {client.Stderr}");
        Assert.Equal(
            ["next:Hello 1", "next:Hello 2", "next:Hello 3", "complete:server", "done"],
            lines.Select(Describe));
        AssertNoErrorLogged(host);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GraphQLSseClient_Query_OneNextThenServerComplete(bool singleConnection)
    {
        // Arrange
        await using var host = await SseTestHost.StartAsync();

        // Act
        await using var client = await GraphQLSseNodeClient.StartAsync(
            host.GraphQLEndpoint, singleConnection, new { query = "{ hello(name: \"sse\") }" });
        var (lines, exitCode) = await client.ReadToEndAsync();

        // Assert
        Assert.True(exitCode == 0, $"exit {exitCode}: {string.Join(" ", lines)} {client.Stderr}");
        Assert.Equal("Hello, sse!", lines[0].GetProperty("result").GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(["next", "complete:server", "done"], lines.Select(l => Describe(l).Split(':')[0] == "next" ? "next" : Describe(l)));
        AssertNoErrorLogged(host);
    }

    [Fact]
    public async Task GraphQLSseClient_SingleConnection_TwoOperationsShareOneStream()
    {
        // Arrange
        await using var host = await SseTestHost.StartAsync();

        // Act
        await using var client = await GraphQLSseNodeClient.StartAsync(
            host.GraphQLEndpoint,
            singleConnection: true,
            new object[] { new { query = "subscription { greetings(count: 2) }" }, new { query = "{ hello }" } });
        var (lines, exitCode) = await client.ReadToEndAsync();

        // Assert
        Assert.True(exitCode == 0, $"exit {exitCode}: {string.Join(" ", lines)} {client.Stderr}");
        Assert.Equal(2, lines.Count(l => l.GetProperty("event").GetString() == "next" && l.GetProperty("op").GetInt32() == 0));
        Assert.Equal(1, lines.Count(l => l.GetProperty("event").GetString() == "next" && l.GetProperty("op").GetInt32() == 1));
        Assert.Equal(2, lines.Count(l => l.GetProperty("event").GetString() == "complete"));
        AssertNoErrorLogged(host);
    }

    private static void AssertNoErrorLogged(TransportTestHost host)
        => Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Warning);

    private static string Describe(JsonElement line) => line.GetProperty("event").GetString() switch
    {
        "next" => "next:" + (line.GetProperty("result").GetProperty("data").TryGetProperty("greetings", out var g) ? g.GetString() : "?"),
        "complete" => "complete:" + line.GetProperty("by").GetString(),
        var other => other!,
    };
}
