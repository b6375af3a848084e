using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenesysCloud.Models;
using GenesysCloud.Simulator.Tests.Support;

namespace GenesysCloud.Simulator.Tests.Endpoints;

public sealed class ConversationEndpointsTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private Conversation WithCobrowse() =>
        fixture.Simulator.Data.Conversations(fixture.OrganizationId).First(c => c.Participants!.Any(p => p.Cobrowsesessions is { Count: > 0 }) && c.EndTime is not null);

    private Conversation WithoutCobrowse() =>
        fixture.Simulator.Data.Conversations(fixture.OrganizationId).First(c => c.Participants!.All(p => p.Cobrowsesessions is null));

    [Fact]
    public async Task GetConversation_WithCobrowse_ReturnsParticipantsWithCobrowsesessions()
    {
        var expected = WithCobrowse();

        using var response = await fixture.Http.GetAsync($"api/v2/conversations/{expected.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var participants = json.RootElement.GetProperty("participants").EnumerateArray().ToList();
        Assert.InRange(participants.Count, 2, 4);
        var customer = participants.Single(p => p.GetProperty("purpose").GetString() == "customer");
        var agent = participants.First(p => p.GetProperty("purpose").GetString() == "agent");
        Assert.True(customer.TryGetProperty("externalContactId", out _));
        Assert.True(agent.TryGetProperty("userId", out _));
        Assert.True(agent.TryGetProperty("queueId", out _));

        var sharer = customer.GetProperty("cobrowsesessions")[0];
        var viewer = agent.GetProperty("cobrowsesessions")[0];
        Assert.Equal("sharer", sharer.GetProperty("cobrowseRole").GetString());
        Assert.Equal("viewer", viewer.GetProperty("cobrowseRole").GetString());
        Assert.Equal(sharer.GetProperty("cobrowseSessionId").GetString(), viewer.GetProperty("cobrowseSessionId").GetString());
        Assert.Equal(viewer.GetProperty("id").GetString(), sharer.GetProperty("peerId").GetString());
        Assert.Equal(JsonValueKind.Array, viewer.GetProperty("controlling").ValueKind);
        Assert.NotEqual(0, sharer.GetProperty("segments").GetArrayLength());
        Assert.Matches(@"\.\d{3}Z$", sharer.GetProperty("connectedTime").GetString());
        Assert.False(string.IsNullOrEmpty(viewer.GetProperty("viewerUrl").GetString()));
        Assert.False(string.IsNullOrEmpty(viewer.GetProperty("provider").GetString()));
    }

    [Fact]
    public async Task GetCobrowseConversation_WithCobrowse_ReturnsFlattenedParticipants()
    {
        var expected = WithCobrowse();

        var conversation = await fixture.Http.GetFromJsonAsync($"api/v2/conversations/cobrowsesessions/{expected.Id}", GenesysJsonContext.Default.CobrowseConversation);

        Assert.Equal(expected.Id, conversation!.Id);
        Assert.Equal($"/api/v2/conversations/cobrowsesessions/{expected.Id}", conversation.SelfUri);
        Assert.Contains(conversation.Participants!, p => p.CobrowseRole == "sharer" && p.Purpose == "customer" && p.ExternalContact is not null);
        Assert.Contains(conversation.Participants!, p => p.CobrowseRole == "viewer" && p.Purpose == "agent" && p.User?.Name is not null);
        Assert.All(conversation.Participants!, p => Assert.False(string.IsNullOrEmpty(p.CobrowseSessionId)));
    }

    [Fact]
    public async Task GetCobrowseConversation_WithoutCobrowse_Returns404()
    {
        using var response = await fixture.Http.GetAsync($"api/v2/conversations/cobrowsesessions/{WithoutCobrowse().Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not.found", (await SimulatorTestClient.ReadErrorAsync(response)).Code);
    }

    [Fact]
    public async Task GetConversation_UnknownId_Returns404()
    {
        using var response = await fixture.Http.GetAsync($"api/v2/conversations/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetConversation_MalformedId_Returns400()
    {
        using var response = await fixture.Http.GetAsync("api/v2/conversations/12345");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
