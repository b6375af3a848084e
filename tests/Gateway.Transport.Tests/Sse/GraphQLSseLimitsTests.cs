using System.Net;
using Gateway.Transport.Sse;
using Gateway.Transport.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Transport.Tests.Sse;

/// <summary>The streaming limits as the SSE transport applies them, each on a Kestrel host configured for it.</summary>
public sealed class GraphQLSseLimitsTests
{
    private const string EventsSubscription = "subscription ($t: String!) { events(topic: $t) }";

    [Fact]
    public async Task Distinct_MoreStreamsThanMaxConnectionsPerClient_Is429UntilOneCloses()
    {
        // Arrange
        await using var host = await SseTestHost.StartAsync(Settings(("GraphQL:Subscriptions:MaxConnectionsPerClient", "1")));
        var source = host.App.Services.GetRequiredService<TestEventSource>();
        var first = await host.Client.OpenEventStreamAsync(HttpMethod.Post, "/graphql", Events("limit-1"));
        await source.WaitForSubscribersAsync("limit-1", 1);

        // Act
        using var refused = await host.Client.OpenEventStreamAsync(HttpMethod.Post, "/graphql", Events("limit-2"));
        first.Dispose();
        await source.WaitForSubscribersAsync("limit-1", 0);

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(SseTooManyConnectionsError.ErrorCode, (await refused.ReadJsonAsync()).FirstErrorCode());
        Assert.Equal(0, source.SubscriberCount("limit-2"));
        await SseWait.UntilAsync(
            async () =>
            {
                using var retry = await host.Client.OpenEventStreamAsync("{ hello }");
                return retry.StatusCode == HttpStatusCode.OK;
            },
            "the first stream's slot is released");
    }

    [Fact]
    public async Task Single_MoreReservationsThanMaxConnectionsPerClient_Is429()
    {
        await using var host = await SseTestHost.StartAsync(Settings(("GraphQL:Subscriptions:MaxConnectionsPerClient", "1")));
        await host.Client.ReserveAsync();

        using var refused = await host.Client.PutAsync("/graphql", content: null);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(SseTooManyConnectionsError.ErrorCode, (await refused.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Single_MoreReservationsThanMaxReservations_Is503()
    {
        await using var host = await SseTestHost.StartAsync(Settings(("GraphQL:Sse:MaxReservations", "1")));
        await host.Client.ReserveAsync();

        using var refused = await host.Client.PutAsync("/graphql", content: null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(SseServerBusyError.ErrorCode, (await refused.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Single_MoreOperationsThanMaxOperationsPerConnection_Is429()
    {
        // Arrange
        await using var host = await SseTestHost.StartAsync(Settings(("GraphQL:Subscriptions:MaxOperationsPerConnection", "1")));
        var token = await host.Client.ReserveAsync();
        using var accepted = await host.Client.PostOperationAsync(token, Events("ops-limit", "a"));

        // Act
        using var refused = await host.Client.PostOperationAsync(token, Events("ops-limit", "b"));

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(SseTooManyOperationsError.ErrorCode, (await refused.ReadJsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Stream_Quiet_SendsKeepAliveCommentsAtTheConfiguredInterval(bool singleConnection)
    {
        // Arrange
        await using var host = await SseTestHost.StartAsync(Settings(("GraphQL:Subscriptions:KeepAliveInterval", "00:00:00.100")));
        var response = singleConnection
            ? await host.Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql", token: await host.Client.ReserveAsync())
            : await host.Client.OpenEventStreamAsync(HttpMethod.Post, "/graphql", Events("keep-alive"));
        using var _ = response;
        await using var events = await response.ReadEventsAsync();

        // Act: the first comment is sent at once, the next ones by the timer.
        var comments = new List<SseMessage?>();
        for (var i = 0; i < 4; i++)
        {
            comments.Add(await events.ReadAsync(TimeSpan.FromSeconds(5)));
        }

        // Assert
        Assert.All(comments, c => Assert.True(c?.IsComment, $"expected a comment, got {c}"));
    }

    [Fact]
    public async Task Single_StreamWithoutOperationsForIdleTimeout_EndsAndReleasesItsReservation()
    {
        // Arrange
        await using var host = await SseTestHost.StartAsync(Settings(("GraphQL:Subscriptions:IdleTimeout", "00:00:00.200")));
        var token = await host.Client.ReserveAsync();
        using var response = await host.Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql", token: token);
        await using var events = await response.ReadEventsAsync();

        // Act
        var ended = await events.ReadEventAsync(TimeSpan.FromSeconds(5));

        // Assert
        Assert.Null(ended);
        await SseWait.UntilAsync(() => host.App.Services.GetRequiredService<SseReservationStore>().Count == 0, "the reservation is released");
        using var late = await host.Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql", token: token);
        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
    }

    [Fact]
    public async Task Single_StreamWithAnOperation_IsNotIdle()
    {
        // Arrange
        await using var host = await SseTestHost.StartAsync(Settings(
            ("GraphQL:Subscriptions:IdleTimeout", "00:00:00.100"),
            ("GraphQL:Subscriptions:KeepAliveInterval", "00:00:00.050")));
        var source = host.App.Services.GetRequiredService<TestEventSource>();
        var token = await host.Client.ReserveAsync();
        using var response = await host.Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql", token: token);
        await using var events = await response.ReadEventsAsync();
        using var accepted = await host.Client.PostOperationAsync(token, Events("busy", "op"));
        await source.WaitForSubscribersAsync("busy", 1);

        // Act: keep-alives mark time well past the idle timeout.
        for (var i = 0; i < 8; i++)
        {
            Assert.True((await events.ReadAsync())?.IsComment);
        }

        source.Publish("busy", "still here");

        // Assert
        var next = await events.ReadEventAsync();
        Assert.Equal("still here", next!.Json().GetProperty("payload").GetProperty("data").GetProperty("events").GetString());
    }

    [Fact]
    public async Task Single_ReservationWithoutStreamForReservationTimeout_Expires()
    {
        // Arrange
        await using var host = await SseTestHost.StartAsync(Settings(("GraphQL:Sse:ReservationTimeout", "00:00:00.100")));
        var reservations = host.App.Services.GetRequiredService<SseReservationStore>();
        var token = await host.Client.ReserveAsync();

        // Act
        await SseWait.UntilAsync(() => reservations.Count == 0, "the reservation expires");
        using var late = await host.Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql", token: token);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Stream_ClientThatDoesNotRead_IsCutOffAndUnsubscribed(bool singleConnection)
    {
        // Arrange: a tiny buffer, and a client that never reads the body.
        await using var host = await SseTestHost.StartAsync(Settings(("GraphQL:Subscriptions:MaxBufferedResults", "8")));
        var source = host.App.Services.GetRequiredService<TestEventSource>();
        var topic = $"slow-{singleConnection}";
        HttpResponseMessage stream;
        if (singleConnection)
        {
            var token = await host.Client.ReserveAsync();
            stream = await host.Client.OpenEventStreamAsync(HttpMethod.Get, "/graphql", token: token);
            using var accepted = await host.Client.PostOperationAsync(token, Events(topic, "slow"));
        }
        else
        {
            stream = await host.Client.OpenEventStreamAsync(HttpMethod.Post, "/graphql", Events(topic));
        }

        using var _ = stream;
        await source.WaitForSubscribersAsync(topic, 1);
        var large = new string('x', 256 * 1024);

        // Act: publish until the transport lets go of the source (socket buffers fill first, then ours).
        var published = 0;
        while (source.SubscriberCount(topic) > 0 && published < 10_000)
        {
            source.Publish(topic, large);
            published++;
            await Task.Yield();
        }

        // Assert
        await source.WaitForSubscribersAsync(topic, 0);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("too slow", StringComparison.Ordinal));
        await SseWait.UntilAsync(() => host.App.Services.GetRequiredService<SseReservationStore>().Count == 0, "no reservation is left");
        await using var events = await stream.ReadEventsAsync();
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            // What was sent before the cut is readable; then the connection breaks instead of ending cleanly.
            while (await events.ReadAsync() is not null)
            {
            }
        });
    }

    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] entries)
        => entries.ToDictionary(e => e.Key, e => (string?)e.Value);

    private static object Events(string topic, string? operationId = null) => operationId is null
        ? new { query = EventsSubscription, variables = new { t = topic } }
        : new { query = EventsSubscription, variables = new { t = topic }, extensions = new { operationId } };
}
