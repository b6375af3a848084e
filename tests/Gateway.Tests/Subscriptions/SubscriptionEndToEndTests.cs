using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Gateway.Tests.Infrastructure;
using Gateway.Transport.Tests.Infrastructure;
using Gateway.Transport.Tests.Sse;
using GenesysCloud.Simulator;

namespace Gateway.Tests.Subscriptions;

/// <summary>
/// The whole path with the real npm <c>graphql-ws</c> and <c>graphql-sse</c> clients: gateway socket or event stream, subscription field, event bus, upstream
/// channel, the simulator's Notifications API, and back; the upstream topic is released when the client leaves.
/// </summary>
public sealed class SubscriptionEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(1);

    private readonly GatewayFactory _gateway = new() { UseRealSocket = true };

    public Task InitializeAsync() => _gateway.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_gateway).DisposeAsync();

    private EmbeddedGenesysSimulator Simulator => _gateway.Simulator;

    private Uri WebSocketEndpoint => new UriBuilder(_gateway.GraphQLEndpoint) { Scheme = "ws" }.Uri;

    [Fact]
    public async Task SessionUpdated_SimulatorRecordsAnEvent_ClientReceivesItWithinASecondAndTopicIsReleased()
    {
        // Arrange
        var session = LiveSessionWithContact();
        var topic = $"v2.externalcontacts.contacts.{session.ExternalContact!.Id}.journey.sessions";
        await using var client = await WebSocketNodeClient.StartAsync(WebSocketEndpoint, new
        {
            operations = new[]
            {
                new
                {
                    name = "session",
                    query = "subscription($id: ID!) { sessionUpdated(sessionId: $id) { id eventCount endedDate externalContact { id lastName } } }",
                    variables = new { id = session.Id },
                    take = 1,
                },
            },
        });
        await Eventually.TrueAsync(() => UpstreamTopics().Contains(topic), "the contact's topic is subscribed upstream");

        // Act
        var stopwatch = Stopwatch.StartNew();
        var change = Simulator.Notifications.UpdateSession(session.Id);
        var next = await client.WaitForAsync("next", "session", TimeSpan.FromSeconds(10));
        var elapsed = stopwatch.Elapsed;

        // Assert
        Assert.True(elapsed < Delivery, $"The event took {elapsed.TotalMilliseconds:F0} ms to arrive.");
        var payload = next.GetProperty("payload");
        Assert.False(payload.TryGetProperty("errors", out _), payload.ToString());
        var updated = payload.GetProperty("data").GetProperty("sessionUpdated");
        Assert.Equal(session.Id, updated.GetProperty("id").GetString());
        Assert.Equal(change.EventCount, updated.GetProperty("eventCount").GetInt32());
        Assert.Equal(session.ExternalContact.Id, updated.GetProperty("externalContact").GetProperty("id").GetString());
        await client.WaitForDoneAsync(TimeSpan.FromSeconds(10));
        await Eventually.TrueAsync(() => !UpstreamTopics().Contains(topic), "the topic is released upstream once the client left");
    }

    [Fact]
    public async Task SessionUpdated_QueryAfterTheEvent_SeesTheNewStateNotTheCachedOne()
    {
        // Arrange: the session is cached by a query first.
        var session = LiveSessionWithContact();
        using var http = _gateway.CreateClient();
        var before = await http.PostGraphQLAsync("query($id: ID!) { session(id: $id) { eventCount } }", new { id = session.Id });
        var countBefore = before.Data.GetProperty("session").GetProperty("eventCount").GetInt32();
        await using var client = await WebSocketNodeClient.StartAsync(WebSocketEndpoint, new
        {
            operations = new[]
            {
                new { name = "session", query = "subscription($id: ID!) { sessionUpdated(sessionId: $id) { eventCount } }", variables = new { id = session.Id }, take = 1 },
            },
        });
        var topic = $"v2.externalcontacts.contacts.{session.ExternalContact!.Id}.journey.sessions";
        await Eventually.TrueAsync(() => UpstreamTopics().Contains(topic), "the contact's topic is subscribed upstream");

        // Act
        var change = Simulator.Notifications.UpdateSession(session.Id);
        try
        {
            await client.WaitForAsync("next", "session", TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"deliveries {change.Deliveries}; channels: {string.Join("; ", Simulator.Notifications.Channels().Select(c => $"{c.Id} open={c.SocketOpen} sent={c.EventsSent} topics={string.Join(",", c.Topics)}"))}; counts {Simulator.Notifications.Counts}");
        }
        var after = await http.PostGraphQLAsync("query($id: ID!) { session(id: $id) { eventCount } }", new { id = session.Id });

        // Assert
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal(countBefore + 1, change.EventCount);
        Assert.Equal(change.EventCount, after.Data.GetProperty("session").GetProperty("eventCount").GetInt32());
    }

    [Fact]
    public async Task CobrowseSessionUpdated_StateTransition_ArrivesWithParticipantAndFreshConversation()
    {
        // Arrange
        var conversation = Simulator.Data.Conversations(Simulator.Data.DefaultOrganizationId)
            .First(c => c.EndTime is null && c.Participants!.Any(p => p.Cobrowsesessions is { Count: > 0 } && p.Cobrowsesessions.Any(s => s.State != "disconnected")));
        await using var client = await WebSocketNodeClient.StartAsync(WebSocketEndpoint, new
        {
            operations = new[]
            {
                new
                {
                    name = "cobrowse",
                    query = "subscription($id: ID!) { cobrowseSessionUpdated(conversationId: $id) { conversationId participantId cobrowseSession { id state segments { type } } conversation { id participants { id } } } }",
                    variables = new { id = conversation.Id },
                    take = 1,
                },
            },
        });
        await Eventually.TrueAsync(() => UpstreamTopics().Any(t => t.EndsWith(".conversations", StringComparison.Ordinal)), "the conversation's queue or user topics are subscribed upstream");

        // Act
        var change = Simulator.Notifications.TransitionCobrowse(conversation.Id);
        var next = await client.WaitForAsync("next", "cobrowse", TimeSpan.FromSeconds(10));

        // Assert
        var payload = next.GetProperty("payload");
        Assert.False(payload.TryGetProperty("errors", out _), payload.ToString());
        var update = payload.GetProperty("data").GetProperty("cobrowseSessionUpdated");
        Assert.Equal(conversation.Id, update.GetProperty("conversationId").GetString());
        Assert.Equal(change.State, update.GetProperty("cobrowseSession").GetProperty("state").GetString());
        Assert.Equal(conversation.Id, update.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.String, update.GetProperty("participantId").ValueKind);
    }

    [Fact]
    public async Task SessionUpdated_UpstreamSocketAbortedMidStream_NextEventArrivesOnceAfterTheReconnect()
    {
        // Arrange
        var session = LiveSessionWithContact();
        var topic = $"v2.externalcontacts.contacts.{session.ExternalContact!.Id}.journey.sessions";
        await using var client = await WebSocketNodeClient.StartAsync(WebSocketEndpoint, new
        {
            operations = new[]
            {
                new { name = "session", query = "subscription($id: ID!) { sessionUpdated(sessionId: $id) { eventCount } }", variables = new { id = session.Id }, take = 2 },
            },
        });
        await Eventually.TrueAsync(() => UpstreamTopics().Contains(topic), "the contact's topic is subscribed upstream");
        Simulator.Notifications.UpdateSession(session.Id);
        await client.WaitForAsync("next", "session", TimeSpan.FromSeconds(10));

        // Act
        var aborted = Simulator.Notifications.CloseSockets(SocketCloseMode.Abort);
        await Eventually.TrueAsync(
            () => Simulator.Notifications.Channels().Any(c => c.SocketOpen && c.Topics.Contains(topic)) && Simulator.Notifications.Counts.SocketsOpened > aborted.Count,
            "the gateway reconnected and its channel holds the topic again");
        var change = Simulator.Notifications.UpdateSession(session.Id);
        var next = await client.WaitForAsync("next", "session", TimeSpan.FromSeconds(10));
        var lines = await client.WaitForDoneAsync(TimeSpan.FromSeconds(10));

        // Assert
        Assert.NotEmpty(aborted);
        Assert.Equal(change.EventCount, next.GetProperty("payload").GetProperty("data").GetProperty("sessionUpdated").GetProperty("eventCount").GetInt32());
        Assert.Equal(2, lines.Count(line => line.TryGetProperty("type", out var type) && type.GetString() == "next"));
    }

    [Fact]
    public async Task CobrowseSessionUpdated_TwoTransitionsInARow_EachEventsNestedConversationIsLoadedAfresh()
    {
        // Arrange: `conversation` goes through the by-id loader; a loader kept from the first event would answer the second
        // event with the first event's conversation.
        var conversation = Simulator.Data.Conversations(Simulator.Data.DefaultOrganizationId)
            .First(c => c.EndTime is null && c.Participants!.Any(p => p.Cobrowsesessions is { Count: > 0 } && p.Cobrowsesessions.Any(s => s.State != "disconnected")));
        await using var client = await WebSocketNodeClient.StartAsync(WebSocketEndpoint, new
        {
            operations = new[]
            {
                new
                {
                    name = "cobrowse",
                    query = "subscription($id: ID!) { cobrowseSessionUpdated(conversationId: $id) { cobrowseSession { id state } conversation { cobrowseSessions { id state } } } }",
                    variables = new { id = conversation.Id },
                },
            },
        });
        await Eventually.TrueAsync(() => UpstreamTopics().Any(t => t.EndsWith(".conversations", StringComparison.Ordinal)), "the conversation's topics are subscribed upstream");

        foreach (var _ in Enumerable.Range(0, 2))
        {
            // Act
            var change = Simulator.Notifications.TransitionCobrowse(conversation.Id);
            var next = await client.WaitForAsync(
                line => line.GetProperty("type").GetString() == "next"
                    && Update(line).GetProperty("cobrowseSession").GetProperty("state").GetString() == change.State,
                TimeSpan.FromSeconds(10));

            // Assert
            var changedId = Update(next).GetProperty("cobrowseSession").GetProperty("id").GetString();
            var nested = Update(next).GetProperty("conversation").GetProperty("cobrowseSessions").EnumerateArray()
                .Single(session => session.GetProperty("id").GetString() == changedId);
            Assert.Equal(change.State, nested.GetProperty("state").GetString());
        }

        static JsonElement Update(JsonElement line) => line.GetProperty("payload").GetProperty("data").GetProperty("cobrowseSessionUpdated");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SessionsUpdatedForExternalContact_GraphQLSseClient_NewSessionArrivesAndTopicIsReleased(bool singleConnection)
    {
        // Arrange
        var contactId = Simulator.Data.ExternalContactIds[0];
        var topic = $"v2.externalcontacts.contacts.{contactId}.journey.sessions";
        await using var client = await GraphQLSseNodeClient.StartAsync(
            _gateway.GraphQLEndpoint,
            singleConnection,
            new
            {
                query = "subscription($c: ID!) { sessionsUpdatedForExternalContact(externalContactId: $c) { id externalContact { id } } }",
                variables = new { c = contactId },
            },
            take: 1);
        await Eventually.TrueAsync(() => UpstreamTopics().Contains(topic), "the contact's topic is subscribed upstream");

        // Act
        var stopwatch = Stopwatch.StartNew();
        var change = Simulator.Notifications.CreateSession(contactId);
        JsonElement next;
        do
        {
            next = await client.ReadAsync(TimeSpan.FromSeconds(10));
        }
        while (next.GetProperty("event").GetString() != "next");
        var elapsed = stopwatch.Elapsed;
        var (_, exitCode) = await client.ReadToEndAsync();

        // Assert
        Assert.True(elapsed < Delivery, $"The event took {elapsed.TotalMilliseconds:F0} ms to arrive.");
        var session = next.GetProperty("result").GetProperty("data").GetProperty("sessionsUpdatedForExternalContact");
        Assert.Equal(change.SessionId, session.GetProperty("id").GetString());
        Assert.Equal(contactId, session.GetProperty("externalContact").GetProperty("id").GetString());
        Assert.Equal(0, exitCode);
        await Eventually.TrueAsync(() => !UpstreamTopics().Contains(topic), "the topic is released upstream once the client left");
    }

    [Fact]
    public async Task SessionUpdated_UnknownSession_ErrorMessageWithNotFound()
    {
        // Arrange
        await using var client = await WebSocketNodeClient.StartAsync(WebSocketEndpoint, new
        {
            operations = new[]
            {
                new { name = "session", query = "subscription($id: ID!) { sessionUpdated(sessionId: $id) { id } }", variables = new { id = Guid.NewGuid().ToString() }, take = 1 },
            },
        });

        // Act
        var error = await client.WaitForAsync("error", "session", TimeSpan.FromSeconds(10));

        // Assert
        Assert.Equal("NOT_FOUND", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(UpstreamTopics());
    }

    private GenesysCloud.Models.Session LiveSessionWithContact()
        => Simulator.Data.Sessions(Simulator.Data.DefaultOrganizationId).First(s => s.EndedDate is null && s.ExternalContact is not null);

    private HashSet<string> UpstreamTopics()
        => [.. Simulator.Notifications.Channels().SelectMany(channel => channel.Topics)];
}
