using System.Text.Json;
using Gateway.Filtering;
using Gateway.Tests.Conversations;
using GenesysCloud.Models;

namespace Gateway.Tests.Cobrowse;

public sealed class CobrowseQueriesTests : IDisposable
{
    private readonly CountingGenesysClient _client;
    private readonly FeatureSchema _schema;

    public CobrowseQueriesTests()
    {
        _client = new CountingGenesysClient()
            .WithCobrowseConversations(new CobrowseConversation
            {
                Id = "k1",
                Participants =
                [
                    new CobrowseMediaParticipant { Id = "m1", Purpose = "customer", CobrowseRole = "sharer", ExternalContact = new DomainEntityRef { Id = "ct1" } },
                    new CobrowseMediaParticipant { Id = "m2", Purpose = "agent", CobrowseRole = "viewer", User = new DomainEntityRef { Id = "u1", Name = "Agent" }, Queue = new DomainEntityRef { Id = "q1" } },
                    new CobrowseMediaParticipant { Id = "m3", Purpose = "agent", User = new DomainEntityRef { Id = "u-gone" } },
                ],
            })
            .WithUsers("u1")
            .WithQueues("q1")
            .WithContacts("ct1");
        _schema = new FeatureSchema(_client);
    }

    public void Dispose() => _schema.Dispose();

    [Fact]
    public async Task CobrowseConversation_ParticipantReferences_ResolveThroughOneBulkCallEach()
    {
        // Act
        var answer = await _schema.ExecuteAsync("""
            { cobrowseConversation(id: "k1") { id participants { id userRef { id name } user { name } queue { name } externalContact { firstName } cobrowseRoleKind } } }
            """);

        // Assert
        Assert.Equal(["k1"], _client.CobrowseConversationCalls);
        Assert.Equal(["u-gone", "u1"], Assert.Single(_client.UserBulkCalls).Order(StringComparer.Ordinal));
        Assert.Single(_client.QueueBulkCalls);
        Assert.Single(_client.ContactBulkCalls);

        var participants = answer.Data("cobrowseConversation").GetProperty("participants");
        Assert.Equal("first-ct1", participants[0].GetProperty("externalContact").GetProperty("firstName").GetString());
        Assert.Equal("Agent", participants[1].GetProperty("userRef").GetProperty("name").GetString());
        Assert.Equal("user-u1", participants[1].GetProperty("user").GetProperty("name").GetString());
        Assert.Equal("queue-q1", participants[1].GetProperty("queue").GetProperty("name").GetString());
        Assert.Equal(["SHARER", "VIEWER", null], participants.Strings("cobrowseRoleKind"));

        var error = Assert.Single(answer.Errors());
        Assert.Equal("NOT_FOUND", error.Code());
        Assert.Equal("cobrowseConversation.participants.2.user", error.PathText());
    }

    [Fact]
    public async Task CobrowseConversation_Unknown_IsNullWithNotFound()
    {
        var answer = await _schema.ExecuteAsync("""{ cobrowseConversation(id: "nope") { id } }""");

        Assert.Equal(JsonValueKind.Null, answer.Data("cobrowseConversation").ValueKind);
        Assert.Equal("NOT_FOUND", Assert.Single(answer.Errors()).Code());
    }
}
