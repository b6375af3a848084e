using System.Text.Json;
using GenesysCloud.Models;

namespace Gateway.Tests.Conversations;

public sealed class ConversationQueriesTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2024, 5, 1, 12, 30, 0, TimeSpan.Zero);

    private readonly CountingGenesysClient _client;
    private readonly FeatureSchema _schema;

    public ConversationQueriesTests()
    {
        _client = new CountingGenesysClient()
            .WithConversations(
                new Conversation
                {
                    Id = "c1",
                    Name = "first",
                    StartTime = Start,
                    Participants =
                    [
                        new Participant
                        {
                            Id = "p1",
                            Purpose = "customer",
                            ExternalContactId = "ct1",
                            Attributes = new() { ["zeta"] = "26", ["alpha"] = "1", ["Beta"] = "2" },
                            Cobrowsesessions = [new Cobrowsesession { Id = "cs1", CobrowseRole = "sharer" }],
                        },
                        new Participant
                        {
                            Id = "p2",
                            Purpose = "agent",
                            UserId = "u1",
                            QueueId = "q1",
                            Cobrowsesessions = [new Cobrowsesession { Id = "cs2", CobrowseRole = "viewer" }, new Cobrowsesession { Id = "cs3", CobrowseRole = "presenter" }],
                        },
                        new Participant { Id = "p3", Purpose = "acd", QueueId = "q-gone" },
                    ],
                },
                new Conversation
                {
                    Id = "c2",
                    Participants = [new Participant { Id = "p4", UserId = "u2", QueueId = "q1", ExternalContactId = "ct2" }],
                })
            .WithUsers("u1", "u2")
            .WithQueues("q1")
            .WithContacts("ct1", "ct2");
        _schema = new FeatureSchema(_client);
    }

    public void Dispose() => _schema.Dispose();

    [Fact]
    public async Task Conversation_AskedThreeWaysForOneId_CostsOneUpstreamCall()
    {
        // Act
        var answer = await _schema.ExecuteAsync("""
            {
              a: conversation(id: "c1") { id startTime }
              b: cobrowseSessions(conversationId: "c1") { id }
              c: conversation(id: "c1") { cobrowseSessions { id } }
            }
            """);

        // Assert
        Assert.Empty(answer.Errors());
        Assert.Equal(["c1"], _client.ConversationCalls);
        Assert.Equal("2024-05-01T12:30:00.000Z", answer.Data("a").GetProperty("startTime").GetString());
        Assert.Equal(["cs1", "cs2", "cs3"], answer.Data("b").Strings("id"));
        Assert.Equal(["cs1", "cs2", "cs3"], answer.Data("c").GetProperty("cobrowseSessions").Strings("id"));
    }

    [Fact]
    public async Task Conversation_UnknownId_IsNullWithNotFound()
    {
        var answer = await _schema.ExecuteAsync("""{ conversation(id: "nope") { id } }""");

        Assert.Equal(JsonValueKind.Null, answer.Data("conversation").ValueKind);
        var error = Assert.Single(answer.Errors());
        Assert.Equal("NOT_FOUND", error.Code());
        Assert.Equal("conversation", error.PathText());
    }

    [Fact]
    public async Task CobrowseSessions_UnknownConversation_IsNullWithNotFound()
    {
        var answer = await _schema.ExecuteAsync("""{ cobrowseSessions(conversationId: "nope") { id } }""");

        Assert.Equal(JsonValueKind.Null, answer.Data("cobrowseSessions").ValueKind);
        Assert.Equal("NOT_FOUND", Assert.Single(answer.Errors()).Code());
    }

    [Fact]
    public async Task CobrowseSessions_ConversationWithoutParticipants_IsEmpty()
    {
        _client.WithConversations(new Conversation { Id = "empty" });

        var answer = await _schema.ExecuteAsync("""{ cobrowseSessions(conversationId: "empty") { id } }""");

        Assert.Empty(answer.Errors());
        Assert.Equal(0, answer.Data("cobrowseSessions").GetArrayLength());
    }

    [Fact]
    public async Task Participants_ReferencesAcrossTwoConversations_OneBulkCallPerEntityKind()
    {
        // Act
        var answer = await _schema.ExecuteAsync("""
            fragment refs on Conversation { participants { id user { name } queue { name } externalContact { firstName } } }
            { a: conversation(id: "c1") { ...refs } b: conversation(id: "c2") { ...refs } }
            """);

        // Assert: one call per kind for both conversations; ids without a reference cost nothing.
        Assert.Equal(["u1", "u2"], Assert.Single(_client.UserBulkCalls).Order(StringComparer.Ordinal));
        Assert.Equal(["q-gone", "q1"], Assert.Single(_client.QueueBulkCalls).Order(StringComparer.Ordinal));
        Assert.Equal(["ct1", "ct2"], Assert.Single(_client.ContactBulkCalls).Order(StringComparer.Ordinal));

        var participants = answer.Data("a").GetProperty("participants");
        Assert.Equal("first-ct1", participants[0].GetProperty("externalContact").GetProperty("firstName").GetString());
        Assert.Equal(JsonValueKind.Null, participants[0].GetProperty("user").ValueKind);
        Assert.Equal("user-u1", participants[1].GetProperty("user").GetProperty("name").GetString());
        Assert.Equal("queue-q1", participants[1].GetProperty("queue").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, participants[2].GetProperty("queue").ValueKind);
        Assert.Equal("user-u2", answer.Data("b").GetProperty("participants")[0].GetProperty("user").GetProperty("name").GetString());

        // Only the dangling queue id is an error.
        var error = Assert.Single(answer.Errors());
        Assert.Equal("NOT_FOUND", error.Code());
        Assert.Equal("a.participants.2.queue", error.PathText());
    }

    [Fact]
    public async Task Participant_Attributes_AreListedByKeyInOrdinalOrder()
    {
        var answer = await _schema.ExecuteAsync("""{ conversation(id: "c1") { participants { attributes { key value } } } }""");

        var participants = answer.Data("conversation").GetProperty("participants");
        Assert.Equal(["Beta", "alpha", "zeta"], participants[0].GetProperty("attributes").Strings("key"));
        Assert.Equal(["2", "1", "26"], participants[0].GetProperty("attributes").Strings("value"));
        Assert.Equal(JsonValueKind.Null, participants[1].GetProperty("attributes").ValueKind);
    }

    [Fact]
    public async Task Cobrowsesession_RoleUnknownToTheGateway_KeepsRawValueAndMapsToUnknown()
    {
        var answer = await _schema.ExecuteAsync("""{ cobrowseSessions(conversationId: "c1") { cobrowseRole cobrowseRoleKind } }""");

        Assert.Empty(answer.Errors());
        Assert.Equal(["sharer", "viewer", "presenter"], answer.Data("cobrowseSessions").Strings("cobrowseRole"));
        Assert.Equal(["SHARER", "VIEWER", "UNKNOWN"], answer.Data("cobrowseSessions").Strings("cobrowseRoleKind"));
    }

    [Fact]
    public async Task Users_AndQueues_InOneQuery_OneBulkCallEach()
    {
        var answer = await _schema.ExecuteAsync("""
            { user(id: "u1") { name } users(ids: ["u2", "u1", "nobody"]) { id } queues(ids: ["q1"]) { id } queue(id: "q1") { name } }
            """);

        Assert.Equal(["nobody", "u1", "u2"], Assert.Single(_client.UserBulkCalls).Order(StringComparer.Ordinal));
        Assert.Equal(["q1"], Assert.Single(_client.QueueBulkCalls));
        Assert.Equal(["u2", "u1", null], answer.Data("users").Strings("id"));
        var error = Assert.Single(answer.Errors());
        Assert.Equal("NOT_FOUND", error.Code());
        Assert.Equal("users.2", error.PathText());
    }
}
