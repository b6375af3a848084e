using System.Text;
using System.Text.Json;
using Gateway.Tests.Infrastructure;
using GenesysCloud.Simulator;
using Xunit.Abstractions;

namespace Gateway.Tests.EndToEnd;

/// <summary>
/// Nested resources cost one upstream call per kind per level, counted by the simulator: never one per session.
/// Each test gets a fresh gateway, so no cache from another test answers for it.
/// </summary>
public sealed class BatchingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly GatewayFactory _gateway = new();

    public Task InitializeAsync() => _gateway.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_gateway).DisposeAsync();

    [Fact]
    public async Task SessionsOfTenContacts_WithContactConversationAndUser_OneCallPerKindPerLevel()
    {
        // Arrange: ten contacts whose sessions add up to at least 50, each an aliased root field.
        using var client = _gateway.CreateClient();
        var data = _gateway.Simulator.Data;
        var organization = data.DefaultOrganizationId;
        var contacts = data.ExternalContactIds
            .Select(id => (Id: id, Sessions: data.SessionsOfExternalContact(organization, id) ?? []))
            .Where(c => c.Sessions.Count is >= 5 and <= 200)
            .Take(10)
            .ToList();
        var sessions = contacts.SelectMany(c => c.Sessions).ToList();
        Assert.True(sessions.Count >= 50, $"the seed gives {sessions.Count} sessions for ten contacts");
        var query = new StringBuilder("{");
        for (var i = 0; i < contacts.Count; i++)
        {
            query.Append(CultureInfo($"c{i}: sessionsByExternalContact(externalContactId: \"{contacts[i].Id}\", first: 200) {{ nodes {{ id externalContact {{ id firstName }} conversation {{ id state }} lastConnectedUser {{ id name }} }} }}"));
        }

        query.Append('}');
        _gateway.Simulator.Calls.Reset();

        // Act
        var response = await client.PostGraphQLAsync(query.ToString());

        // Assert
        Assert.False(response.HasErrors, response.Body.ToString());
        var nodes = response.Data.EnumerateObject().SelectMany(f => f.Value.GetProperty("nodes").EnumerateArray()).ToList();
        Assert.Equal(sessions.Count, nodes.Count);
        Assert.All(nodes, n => Assert.Equal(JsonValueKind.String, n.GetProperty("externalContact").GetProperty("firstName").ValueKind));
        var calls = _gateway.Simulator.Calls;
        Assert.Equal(contacts.Count, calls.Get(SimulatorRoutes.ExternalContactJourneySessions)); // one page per contact, no bulk listing upstream
        Assert.Equal(1, calls.Get(SimulatorRoutes.BulkExternalContacts));
        Assert.Equal(0, calls.Get(SimulatorRoutes.ExternalContact));
        Assert.Equal(1, calls.Get(SimulatorRoutes.Users));
        Assert.Equal(0, calls.Get(SimulatorRoutes.User));
        Assert.Equal(0, calls.Get(SimulatorRoutes.JourneySession));
        // Live conversations have no bulk endpoint upstream: one call per distinct conversation, all in one dispatch.
        var distinctConversations = sessions.Select(s => s.Conversation?.Id).Where(id => id is not null).Distinct().Count();
        Assert.Equal(distinctConversations, calls.Get(SimulatorRoutes.Conversation));
        Assert.True(distinctConversations < sessions.Count);
        output.WriteLine($"{sessions.Count} sessions of {contacts.Count} contacts: {string.Join(", ", calls.Snapshot().Where(c => c.Value > 0).Select(c => $"{c.Key} = {c.Value}"))}");
    }

    [Fact]
    public async Task TenAliasedExternalContacts_SameLevel_OneBulkCall()
    {
        // Arrange
        using var client = _gateway.CreateClient();
        var ids = _gateway.Simulator.Data.ExternalContactIds.Take(10).ToList();
        var query = "{" + string.Concat(ids.Select((id, i) => $"c{i}: externalContact(id: \"{id}\") {{ id lastName }} ")) + "}";
        _gateway.Simulator.Calls.Reset();

        // Act
        var response = await client.PostGraphQLAsync(query);

        // Assert
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(ids, response.Data.EnumerateObject().Select(f => f.Value.GetProperty("id").GetString()));
        Assert.Equal(1, _gateway.Simulator.Calls.Get(SimulatorRoutes.BulkExternalContacts));
        Assert.Equal(0, _gateway.Simulator.Calls.Get(SimulatorRoutes.ExternalContact));
    }

    [Fact]
    public async Task ExternalContactsWithTheirSessions_OneBulkCallAndOnePagePerContact()
    {
        // Arrange
        using var client = _gateway.CreateClient();
        var data = _gateway.Simulator.Data;
        var ids = data.ExternalContactIds.Skip(20).Take(5).ToList();
        _gateway.Simulator.Calls.Reset();

        // Act
        var response = await client.PostGraphQLAsync(
            "query($ids: [ID!]!) { externalContacts(ids: $ids) { id sessions(first: 3) { nodes { id } pageInfo { hasNextPage } } } }",
            new { ids });

        // Assert
        Assert.False(response.HasErrors, response.Body.ToString());
        var contacts = response.Data.GetProperty("externalContacts").EnumerateArray().ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            var expected = data.SessionsOfExternalContact(data.DefaultOrganizationId, ids[i])!.Take(3).Select(s => s.Id);
            Assert.Equal(expected, contacts[i].GetProperty("sessions").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        }

        Assert.Equal(1, _gateway.Simulator.Calls.Get(SimulatorRoutes.BulkExternalContacts));
        Assert.Equal(ids.Count, _gateway.Simulator.Calls.Get(SimulatorRoutes.ExternalContactJourneySessions));
    }

    [Fact]
    public async Task SameUserAtManyPaths_OneRequest_FetchedOnce()
    {
        // Arrange: the same session twice under two aliases, and its user at two depths.
        using var client = _gateway.CreateClient();
        var data = _gateway.Simulator.Data;
        var session = data.Sessions(data.DefaultOrganizationId).First(s => s.LastConnectedUser is not null && s.LastUserDisposition?.User is not null);
        var query = $$"""
            { a: session(id: "{{session.Id}}") { lastConnectedUser { id } lastUserDisposition { user { id } } }
              b: session(id: "{{session.Id}}") { lastConnectedUser { name } } }
            """;
        _gateway.Simulator.Calls.Reset();

        // Act
        var response = await client.PostGraphQLAsync(query);

        // Assert
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(1, _gateway.Simulator.Calls.Get(SimulatorRoutes.JourneySession));
        Assert.Equal(1, _gateway.Simulator.Calls.Get(SimulatorRoutes.Users));
    }

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);
}
