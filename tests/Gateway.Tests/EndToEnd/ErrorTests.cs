using System.Net;
using System.Text.Json;
using Gateway.Tests.Infrastructure;
using GenesysCloud.Simulator;

namespace Gateway.Tests.EndToEnd;

/// <summary>Missing entities and upstream failures give clear errors on their own fields; the rest of the answer stands.</summary>
public sealed class ErrorTests : IAsyncLifetime
{
    private readonly GatewayFactory _gateway = new();

    public Task InitializeAsync() => _gateway.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_gateway).DisposeAsync();

    [Fact]
    public async Task AnyQuery_OrganizationLookupRefused_ErrorNamesTheUnknownOrganizationNotTheEntity()
    {
        // Arrange: this gateway has not looked its organization up yet; the upstream refuses the look-up only.
        using var client = _gateway.CreateClient();
        _gateway.Simulator.Faults.Fail(SimulatorRoutes.OrganizationMe, 403);
        var session = _gateway.Simulator.Data.SessionIds[0];

        // Act
        var response = await client.PostGraphQLAsync("query($id: ID!) { session(id: $id) { id } }", new { id = session });

        // Assert
        var error = Assert.Single(response.Errors);
        Assert.Equal("UPSTREAM_ORGANIZATION_UNKNOWN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(403, error.GetProperty("extensions").GetProperty("data").GetProperty("upstreamStatus").GetInt32());
        Assert.Equal(0, _gateway.Simulator.Calls.Get(SimulatorRoutes.JourneySession));
    }

    [Fact]
    public async Task SessionById_UnknownId_NullWithNotFound()
    {
        // Arrange
        using var client = _gateway.CreateClient();
        var unknown = Guid.NewGuid().ToString();

        // Act
        var response = await client.PostGraphQLAsync("query($id: ID!) { session(id: $id) { id } }", new { id = unknown });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("session").ValueKind);
        var error = Assert.Single(response.Errors);
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("session", error.GetProperty("path")[0].GetString());
        Assert.Contains(unknown, error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("conversation")]
    [InlineData("externalContact")]
    [InlineData("user")]
    [InlineData("queue")]
    [InlineData("journeySegment")]
    public async Task RootLookup_UnknownId_NullWithNotFound(string field)
    {
        // Arrange
        using var client = _gateway.CreateClient();

        // Act
        var response = await client.PostGraphQLAsync($"query($id: ID!) {{ {field}(id: $id) {{ id }} }}", new { id = Guid.NewGuid().ToString() });

        // Assert
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty(field).ValueKind);
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
    }

    [Fact]
    public async Task NestedUsers_UpstreamAnswers500_UsersNullWithErrorsRestIntact()
    {
        // Arrange
        using var client = _gateway.CreateClient();
        var data = _gateway.Simulator.Data;
        var contact = data.ExternalContactIds.First(id => data.SessionsOfExternalContact(data.DefaultOrganizationId, id) is { Count: >= 3 } s
            && s.All(x => x.LastConnectedUser is not null && x.ExternalContact is not null));
        _gateway.Simulator.Faults.Fail(SimulatorRoutes.Users, 500);

        // Act
        var response = await client.PostGraphQLAsync(
            "query($c: ID!) { sessionsByExternalContact(externalContactId: $c) { nodes { id externalContact { id lastName } lastConnectedUser { id name } } } }",
            new { c = contact });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var nodes = response.Data.GetProperty("sessionsByExternalContact").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n =>
        {
            Assert.Equal(JsonValueKind.String, n.GetProperty("id").ValueKind);
            Assert.Equal(contact, n.GetProperty("externalContact").GetProperty("id").GetString());
            Assert.Equal(JsonValueKind.Null, n.GetProperty("lastConnectedUser").ValueKind);
        });
        Assert.Equal(nodes.Count, response.Errors.Count);
        Assert.All(response.ErrorCodes, code => Assert.Equal("UPSTREAM_ERROR", code));
        Assert.All(response.Errors, e => Assert.Equal("lastConnectedUser", e.GetProperty("path").EnumerateArray().Last().GetString()));
        Assert.DoesNotContain("127.0.0.1", response.Body.ToString());
        Assert.DoesNotContain("Bearer", response.Body.ToString());
    }

    [Fact]
    public async Task UsersInOneBatch_OneMalformedOneUpperCase_OnlyTheMalformedIsMissing()
    {
        // Arrange: the upstream refuses a whole `?id=` call for one malformed id.
        using var client = _gateway.CreateClient();
        var users = _gateway.Simulator.Data.UserIds;

        // Act
        var response = await client.PostGraphQLAsync(
            "query($a: ID!, $b: ID!, $c: ID!) { a: user(id: $a) { id } b: user(id: $b) { id } c: user(id: $c) { id } }",
            new { a = users[0].ToUpperInvariant(), b = "not-a-user-id", c = users[1] });

        // Assert
        Assert.Equal(users[0], response.Data.GetProperty("a").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("b").ValueKind);
        Assert.Equal(users[1], response.Data.GetProperty("c").GetProperty("id").GetString());
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
    }

    [Fact]
    public async Task SessionsByExternalContact_FirstOutOfRange_BadUserInputWithoutUpstreamCall()
    {
        // Arrange
        using var client = _gateway.CreateClient();
        var contact = _gateway.Simulator.Data.ExternalContactIds[0];
        _gateway.Simulator.Calls.Reset();

        // Act
        var response = await client.PostGraphQLAsync(
            "query($c: ID!) { sessionsByExternalContact(externalContactId: $c, first: 201) { nodes { id } } }", new { c = contact });

        // Assert
        Assert.Contains("BAD_USER_INPUT", response.ErrorCodes);
        Assert.Equal(0, _gateway.Simulator.Calls.Get(SimulatorRoutes.ExternalContactJourneySessions));
    }
}
