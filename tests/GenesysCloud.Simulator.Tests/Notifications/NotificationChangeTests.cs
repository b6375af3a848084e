using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using GenesysCloud.Models;
using GenesysCloud.Simulator.Tests.Support;
using static GenesysCloud.Simulator.Tests.Notifications.NotificationTestClient;

namespace GenesysCloud.Simulator.Tests.Notifications;

/// <summary>One simulator with two organizations, shared by the change tests (each test changes its own entities).</summary>
public sealed class NotificationChangeFixture : IAsyncLifetime
{
    public static readonly SimulatorClientOptions OtherClient = new()
    {
        ClientId = "other-org-client",
        ClientSecret = "other-org-secret",
        OrganizationId = "00000000-0000-4000-8000-0000000000d4",
        OrganizationName = "Other Org",
    };

    public EmbeddedGenesysSimulator Simulator { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public HttpClient OtherHttp { get; private set; } = null!;
    public string OrganizationId => Simulator.Data.DefaultOrganizationId;

    public async Task InitializeAsync()
    {
        Simulator = await EmbeddedGenesysSimulator.StartAsync(new SimulatorOptions { Clients = [SimulatorClientOptions.Default, OtherClient] });
        Http = await SimulatorTestClient.AuthenticatedAsync(Simulator);
        OtherHttp = await SimulatorTestClient.AuthenticatedAsync(Simulator, OtherClient);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        OtherHttp.Dispose();
        await Simulator.DisposeAsync();
    }
}

[Collection(NotificationTestCollection.Name)]
public sealed class NotificationChangeTests(NotificationChangeFixture fixture) : IClassFixture<NotificationChangeFixture>
{
    private static int _nextConversation;
    private static int _nextSession;

    private EmbeddedGenesysSimulator Simulator => fixture.Simulator;

    private static string? CobrowseState(Conversation conversation) =>
        conversation.Participants!.SelectMany(p => p.Cobrowsesessions ?? []).FirstOrDefault()?.State;

    /// <summary>A live conversation with a co-browse (a different one per test), driven to <paramref name="state"/>.</summary>
    private Conversation LiveCobrowse(string state)
    {
        var live = Simulator.Data.Conversations(fixture.OrganizationId).Where(c => c.EndTime is null && CobrowseState(c) is not null).ToList();
        Assert.NotEmpty(live);
        var conversation = live[Interlocked.Increment(ref _nextConversation) % live.Count];
        for (var i = 0; i < 3 && CobrowseState(conversation) != state; i++)
        {
            Simulator.Notifications.TransitionCobrowse(conversation.Id);
            conversation = Simulator.Data.GetConversation(fixture.OrganizationId, conversation.Id)!;
        }

        Assert.Equal(state, CobrowseState(conversation));
        return conversation;
    }

    private Session LiveSession()
    {
        var live = Simulator.Data.Sessions(fixture.OrganizationId).Where(s => s.EndedDate is null && s.ExternalContact is not null).ToList();
        return live[Interlocked.Increment(ref _nextSession) % live.Count];
    }

    private static async Task<ClientWebSocket> SubscribedSocketAsync(HttpClient http, params string[] topics)
    {
        var channel = await CreateChannelAsync(http);
        var entities = await ReplaceTopicsAsync(http, channel.Id, topics);
        Assert.All(entities, e => Assert.Equal("Permitted", e.GetProperty("state").GetString()));
        return await ConnectAsync(channel.ConnectUri);
    }

    /// <summary>
    /// Proves no other event is queued for the socket: the change was published before the trigger returned and a
    /// socket's messages keep their order, so the pong comes first unless an event was sent.
    /// </summary>
    private static async Task AssertNoEventQueuedAsync(ClientWebSocket socket)
    {
        await SendTextAsync(socket, """{"message":"ping"}""");
        var next = await ReceiveAsync(socket, m => !IsMetadata(m, "WebSocket Heartbeat"));
        Assert.True(IsMetadata(next, "pong"), $"Expected no event, got {next}");
    }

    private static void AssertEnvelope(JsonElement message, string topic, string correlationId)
    {
        Assert.Equal(["topicName", "version", "eventBody", "metadata"], message.EnumerateObject().Select(p => p.Name));
        Assert.Equal(topic, message.GetProperty("topicName").GetString());
        Assert.Equal("2", message.GetProperty("version").GetString());
        Assert.Equal(correlationId, message.GetProperty("metadata").GetProperty("CorrelationId").GetString());
    }

    [Fact]
    public async Task TransitionCobrowse_ConnectedToDisconnected_PublishesToItsUsersAndQueuesOnlyAndRestShowsTheNewState()
    {
        var conversation = LiveCobrowse(CobrowseStates.Connected);
        var agent = conversation.Participants!.First(p => p.Cobrowsesessions is { Count: > 0 } && p.UserId is not null);
        var stranger = Simulator.Data.UserIds.First(u => conversation.Participants!.All(p => p.UserId != u));
        var conversationTopic = $"v2.users.{agent.UserId}.conversations";
        var cobrowseTopic = $"v2.routing.queues.{agent.QueueId}.conversations.cobrowseSessions";
        using var socket = await SubscribedSocketAsync(fixture.Http, conversationTopic, cobrowseTopic, $"v2.users.{stranger}.conversations");
        using var otherOrganization = await SubscribedSocketAsync(fixture.OtherHttp, conversationTopic, cobrowseTopic);
        var published = Simulator.Notifications.Counts.EventsPublished;

        var change = Simulator.Notifications.TransitionCobrowse(conversation.Id);

        Assert.Equal(CobrowseStates.Disconnected, change.State);
        Assert.Equal(NotificationChange.CobrowseTransitionKind, change.Kind);
        var users = conversation.Participants!.Select(p => p.UserId).OfType<string>().Distinct().ToList();
        var queues = conversation.Participants!.Select(p => p.QueueId).OfType<string>().Distinct().ToList();
        string[] expectedTopics =
        [
            .. users.Select(u => $"v2.users.{u}.conversations"), .. queues.Select(q => $"v2.routing.queues.{q}.conversations"),
            .. users.Select(u => $"v2.users.{u}.conversations.cobrowseSessions"), .. queues.Select(q => $"v2.routing.queues.{q}.conversations.cobrowseSessions"),
        ];
        Assert.Equal(expectedTopics.Order(), change.Topics.Order());
        Assert.True(Simulator.Notifications.Counts.EventsPublished >= published + expectedTopics.Length);
        Assert.Equal(2, change.Deliveries);

        var first = await ReceiveAsync(socket, m => !IsTopic(m, "channel.metadata"));
        var second = await ReceiveAsync(socket, m => !IsTopic(m, "channel.metadata"));
        var byTopic = new[] { first, second }.ToDictionary(m => m.GetProperty("topicName").GetString()!);
        AssertEnvelope(byTopic[conversationTopic], conversationTopic, change.CorrelationId);
        AssertEnvelope(byTopic[cobrowseTopic], cobrowseTopic, change.CorrelationId);
        await AssertNoEventQueuedAsync(socket);
        await AssertNoEventQueuedAsync(otherOrganization);

        var restConversation = await fixture.Http.GetStringAsync($"api/v2/conversations/{conversation.Id}");
        Assert.Equal(restConversation, byTopic[conversationTopic].GetProperty("eventBody").GetRawText());
        var restCobrowse = await fixture.Http.GetStringAsync($"api/v2/conversations/cobrowsesessions/{conversation.Id}");
        Assert.Equal(restCobrowse, byTopic[cobrowseTopic].GetProperty("eventBody").GetRawText());

        var updated = JsonSerializer.Deserialize(restConversation, GenesysJsonContext.Default.Conversation)!;
        Assert.All(updated.Participants!.SelectMany(p => p.Cobrowsesessions ?? []), s =>
        {
            Assert.Equal("disconnected", s.State);
            Assert.NotNull(s.DisconnectedTime);
            Assert.Equal("client", s.DisconnectType);
            Assert.Equal("disconnect", s.Segments![^1].HowEnded);
            Assert.Equal(s.DisconnectedTime, s.Segments[^1].EndTime);
        });
        var flattened = JsonSerializer.Deserialize(restCobrowse, GenesysJsonContext.Default.CobrowseConversation)!;
        Assert.All(flattened.Participants!, p => Assert.Equal("disconnected", p.State));
        await CloseQuietlyAsync(socket);
        await CloseQuietlyAsync(otherOrganization);
    }

    [Fact]
    public async Task TransitionCobrowse_DisconnectedThenAlertingThenConnected_SetsTimesAndSegments()
    {
        var conversation = LiveCobrowse(CobrowseStates.Disconnected);
        var before = conversation.Participants!.SelectMany(p => p.Cobrowsesessions ?? []).First().CobrowseSessionId;

        var alerting = Simulator.Notifications.TransitionCobrowse(conversation.Id);
        var connected = Simulator.Notifications.TransitionCobrowse(conversation.Id, CobrowseStates.Connected);

        Assert.Equal(CobrowseStates.Alerting, alerting.State);
        Assert.Equal(CobrowseStates.Connected, connected.State);
        Assert.NotEqual(before, alerting.CobrowseSessionId);
        var current = await fixture.Http.GetFromJsonAsync($"api/v2/conversations/{conversation.Id}", GenesysJsonContext.Default.Conversation);
        var session = current!.Participants!.SelectMany(p => p.Cobrowsesessions ?? []).First();
        Assert.Equal("connected", session.State);
        Assert.Equal(alerting.CobrowseSessionId, session.CobrowseSessionId);
        Assert.Null(session.DisconnectedTime);
        Assert.True(session.ConnectedTime >= session.StartAlertingTime);
        Assert.Collection(session.Segments!,
            alert => Assert.Equal(("alert", "interact", session.ConnectedTime), (alert.Type, alert.HowEnded, alert.EndTime)),
            interact => Assert.Equal(("interact", (DateTimeOffset?)null), (interact.Type, interact.EndTime)));
    }

    [Fact]
    public async Task AppendCobrowseSegment_Connected_AppendsHoldSegmentAndPublishesTheConversation()
    {
        var conversation = LiveCobrowse(CobrowseStates.Connected);
        var agent = conversation.Participants!.First(p => p.Cobrowsesessions is { Count: > 0 } && p.UserId is not null);
        var segmentsBefore = agent.Cobrowsesessions![0].Segments!.Count;
        using var socket = await SubscribedSocketAsync(fixture.Http, $"v2.users.{agent.UserId}.conversations");

        var change = Simulator.Notifications.AppendCobrowseSegment(conversation.Id);

        var message = await ReceiveAsync(socket, m => !IsTopic(m, "channel.metadata"));
        AssertEnvelope(message, $"v2.users.{agent.UserId}.conversations", change.CorrelationId);
        var body = JsonSerializer.Deserialize(message.GetProperty("eventBody").GetRawText(), GenesysJsonContext.Default.Conversation)!;
        var segments = body.Participants!.First(p => p.Id == agent.Id).Cobrowsesessions![0].Segments!;
        var expectedType = agent.Cobrowsesessions[0].Segments![^1].Type == "hold" ? "interact" : "hold";
        Assert.Equal(expectedType, change.SegmentType);
        Assert.Equal(segmentsBefore + 1, segments.Count);
        Assert.Equal((expectedType, (DateTimeOffset?)null), (segments[^1].Type, segments[^1].EndTime));
        Assert.Equal(segments[^1].StartTime, segments[^2].EndTime);
        var rest = await fixture.Http.GetFromJsonAsync($"api/v2/conversations/{conversation.Id}", GenesysJsonContext.Default.Conversation);
        Assert.Equal(segmentsBefore + 1, rest!.Participants!.First(p => p.Id == agent.Id).Cobrowsesessions![0].Segments!.Count);
        await CloseQuietlyAsync(socket);
    }

    [Fact]
    public async Task AppendCobrowseSegment_Disconnected_IsRefusedWith409()
    {
        var conversation = LiveCobrowse(CobrowseStates.Disconnected);

        var exception = Assert.Throws<NotificationChangeException>(() => Simulator.Notifications.AppendCobrowseSegment(conversation.Id));
        using var response = await fixture.Http.PostAsJsonAsync("__simulator/notifications/segment", new { conversationId = conversation.Id });

        Assert.Equal(409, exception.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task UpdateSession_LiveSession_PublishesTheSessionAsGetAnswersItAndTheListingShowsIt()
    {
        var session = LiveSession();
        var contactId = session.ExternalContact!.Id;
        var otherContact = Simulator.Data.ExternalContactIds.First(id => id != contactId);
        using var socket = await SubscribedSocketAsync(fixture.Http,
            $"v2.externalcontacts.contacts.{contactId}.journey.sessions", $"v2.externalcontacts.contacts.{otherContact}.journey.sessions");

        var change = Simulator.Notifications.UpdateSession(session.Id);

        Assert.Equal([$"v2.externalcontacts.contacts.{contactId}.journey.sessions"], change.Topics);
        Assert.Equal(session.EventCount + 1, change.EventCount);
        var message = await ReceiveAsync(socket, m => !IsTopic(m, "channel.metadata"));
        AssertEnvelope(message, $"v2.externalcontacts.contacts.{contactId}.journey.sessions", change.CorrelationId);
        var rest = await fixture.Http.GetStringAsync($"api/v2/journey/sessions/{session.Id}");
        Assert.Equal(rest, message.GetProperty("eventBody").GetRawText());
        var updated = JsonSerializer.Deserialize(rest, GenesysJsonContext.Default.Session)!;
        Assert.Equal(session.EventCount + 1, updated.EventCount);
        Assert.NotEqual(session.LastEvent!.Id, updated.LastEvent!.Id);
        Assert.True(updated.LastEvent.CreatedDate > session.LastEvent.CreatedDate);
        Assert.Null(updated.EndedDate);
        var listing = await fixture.Http.GetFromJsonAsync($"api/v2/externalcontacts/contacts/{contactId}/journey/sessions?pageSize=200", GenesysJsonContext.Default.SessionListing);
        Assert.Equal(updated.EventCount, listing!.Entities!.Single(s => s.Id == session.Id).EventCount);
        await AssertNoEventQueuedAsync(socket);
        await CloseQuietlyAsync(socket);
    }

    [Fact]
    public void UpdateSession_End_SetsEndedDateAndRefusesLaterEvents()
    {
        var session = LiveSession();

        var change = Simulator.Notifications.UpdateSession(session.Id, end: true);

        Assert.True(change.Ended);
        var ended = Simulator.Data.GetSession(fixture.OrganizationId, session.Id)!;
        Assert.Equal(ended.LastEvent!.CreatedDate, ended.EndedDate);
        Assert.Equal(409, Assert.Throws<NotificationChangeException>(() => Simulator.Notifications.UpdateSession(session.Id)).StatusCode);
    }

    [Fact]
    public async Task UpdateSession_ConcurrentEvents_NoneIsLost()
    {
        var session = LiveSession();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => Simulator.Notifications.UpdateSession(session.Id))));

        Assert.Equal(session.EventCount + 40, Simulator.Data.GetSession(fixture.OrganizationId, session.Id)!.EventCount);
        var listing = Simulator.Data.SessionsOfExternalContact(fixture.OrganizationId, session.ExternalContact!.Id)!;
        Assert.Equal(session.EventCount + 40, listing.Single(s => s.Id == session.Id).EventCount);
    }

    [Fact]
    public async Task CreateSession_Contact_AddsItAtTheHeadOfTheListingFetchableByIdAndPublishesIt()
    {
        var contactId = Simulator.Data.ExternalContactIds[^1];
        var before = Simulator.Data.SessionsOfExternalContact(fixture.OrganizationId, contactId)!;
        using var socket = await SubscribedSocketAsync(fixture.Http, $"v2.externalcontacts.contacts.{contactId}.journey.sessions");
        var firstPage = await fixture.Http.GetFromJsonAsync($"api/v2/externalcontacts/contacts/{contactId}/journey/sessions?pageSize=1", GenesysJsonContext.Default.SessionListing);

        var change = Simulator.Notifications.CreateSession(contactId);

        var message = await ReceiveAsync(socket, m => !IsTopic(m, "channel.metadata"));
        AssertEnvelope(message, $"v2.externalcontacts.contacts.{contactId}.journey.sessions", change.CorrelationId);
        Assert.Equal(change.SessionId, message.GetProperty("eventBody").GetProperty("id").GetString());
        using var byId = await fixture.Http.GetAsync($"api/v2/journey/sessions/{change.SessionId}");
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.Equal(await byId.Content.ReadAsStringAsync(), message.GetProperty("eventBody").GetRawText());
        var head = await fixture.Http.GetFromJsonAsync($"api/v2/externalcontacts/contacts/{contactId}/journey/sessions?pageSize=1", GenesysJsonContext.Default.SessionListing);
        Assert.Equal(change.SessionId, head!.Entities![0].Id);
        Assert.Equal(1, head.Entities[0].EventCount);
        Assert.Equal(contactId, head.Entities[0].ExternalContact!.Id);

        // A cursor taken before the new session still resumes right after the session it named.
        Assert.Equal(before[0].Id, firstPage!.Entities![0].Id);
        var next = await fixture.Http.GetFromJsonAsync(firstPage.NextUri!.TrimStart('/'), GenesysJsonContext.Default.SessionListing);
        Assert.Equal(before[1].Id, Assert.Single(next!.Entities!).Id);
        await CloseQuietlyAsync(socket);
    }

    [Fact]
    public async Task ControlEndpoints_SessionAndSessionUpdate_ReturnTheChangeOrTheStatus()
    {
        var contactId = Simulator.Data.ExternalContactIds[1];

        using var created = await fixture.Http.PostAsJsonAsync("__simulator/notifications/session", new { externalContactId = contactId });
        using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var sessionId = json.RootElement.GetProperty("sessionId").GetString();
        using var updated = await fixture.Http.PostAsJsonAsync("__simulator/notifications/session-update", new { sessionId, end = true });
        using var unknown = await fixture.Http.PostAsJsonAsync("__simulator/notifications/session", new { externalContactId = Guid.NewGuid() });
        using var missing = await fixture.Http.PostAsJsonAsync("__simulator/notifications/cobrowse-transition", new { });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal("session", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal($"v2.externalcontacts.contacts.{contactId}.journey.sessions", json.RootElement.GetProperty("topics")[0].GetString());
        Assert.True(Guid.TryParse(json.RootElement.GetProperty("correlationId").GetString(), out _));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.True(Simulator.Data.GetSession(fixture.OrganizationId, sessionId!)!.EndedDate is not null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task UpdateExternalContact_Put_PublishesTheContactOnItsTopic()
    {
        var contact = Simulator.Data.GetExternalContact(fixture.OrganizationId, Simulator.Data.ExternalContactIds[2])!;
        using var socket = await SubscribedSocketAsync(fixture.Http, $"v2.externalcontacts.contacts.{contact.Id}");

        using var response = await fixture.Http.PutAsJsonAsync($"api/v2/externalcontacts/contacts/{contact.Id}", contact with { Title = "Chief Hiker" },
            GenesysJsonContext.Default.ExternalContact);

        response.EnsureSuccessStatusCode();
        var message = await ReceiveAsync(socket, m => !IsTopic(m, "channel.metadata"));
        Assert.Equal($"v2.externalcontacts.contacts.{contact.Id}", message.GetProperty("topicName").GetString());
        Assert.Equal("Chief Hiker", message.GetProperty("eventBody").GetProperty("title").GetString());
        await CloseQuietlyAsync(socket);
    }
}
