using System.Net;
using Gateway.Limits;
using Gateway.Tests.Infrastructure;
using GenesysCloud.Simulator;

namespace Gateway.Tests.Limits;

/// <summary>The limits that need configuration to be seen: introspection off, a short execution timeout, a small response ceiling.</summary>
public sealed class ConfiguredLimitsTests : IAsyncLifetime
{
    private readonly GatewayFactory _gateway = new GatewayFactory()
        .With("GraphQL:Limits:Introspection:Enabled", "false")
        .With("GraphQL:Limits:ExecutionTimeout", "00:00:05")
        .With("GraphQL:Limits:MaxResponseBytes", "4000");

    public async Task InitializeAsync()
    {
        await _gateway.InitializeAsync();

        // The first query also fetches the token and the organization: not what the timeout tests measure.
        using var client = _gateway.CreateClient();
        var warm = await client.PostGraphQLAsync("query($id: ID!) { user(id: $id) { id } }", new { id = _gateway.Simulator.Data.UserIds[^1] });
        Assert.False(warm.HasErrors, warm.Body.ToString());
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_gateway).DisposeAsync();

    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Session\") { name } }")]
    [InlineData("query { ...Q } fragment Q on Query { t: __type(name: \"Session\") { name } }")]
    public async Task Introspection_Disabled_RefusedWithCode(string query)
    {
        // Arrange
        using var client = _gateway.CreateClient();

        // Act
        var response = await client.PostGraphQLAsync(query);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal([OperationLimitCodes.IntrospectionDisabled], response.ErrorCodes);
    }

    [Fact]
    public async Task TypeName_IntrospectionDisabled_StillAnswered()
    {
        // Arrange
        using var client = _gateway.CreateClient();

        // Act
        var response = await client.PostGraphQLAsync("{ __typename }");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task SlowUpstream_PastTheExecutionTimeout_ExecutionTimeoutErrorAndTheNextQueryAnswered()
    {
        // Arrange: the upstream takes 30 s for users; the operation may run 5 s. The client gives up after 15 s, so a
        // timeout that did not cancel the upstream call fails the test.
        using var client = _gateway.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(15);
        var userId = _gateway.Simulator.Data.UserIds[0];
        _gateway.Simulator.Faults.Delay(SimulatorRoutes.Users, TimeSpan.FromSeconds(30));
        using var metrics = new LimitMetricsRecorder(_gateway.Services);

        // Act
        var timedOut = await client.PostGraphQLAsync("query($id: ID!) { user(id: $id) { id name } }", new { id = userId });
        _gateway.Simulator.Faults.Delay(SimulatorRoutes.Users, TimeSpan.Zero);
        var after = await client.PostGraphQLAsync("query($id: ID!) { user(id: $id) { id name } }", new { id = userId });

        // Assert
        Assert.Equal(HttpStatusCode.OK, timedOut.Status);
        Assert.Equal([OperationLimitCodes.ExecutionTimeout], timedOut.ErrorCodes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, timedOut.Data.ValueKind);
        Assert.False(after.HasErrors, after.Body.ToString());
        Assert.Equal(userId, after.Data.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(1, metrics.Refusals(OperationLimitCodes.ExecutionTimeout));
    }

    [Fact]
    public async Task LargeResponse_OverTheCeiling_ResponseSizeErrorInsteadOfData()
    {
        // Arrange: 50 users with every scalar field is well over 4,000 bytes; within the cost ceiling.
        using var client = _gateway.CreateClient();
        var ids = _gateway.Simulator.Data.UserIds.Take(50).ToArray();

        // Act
        var large = await client.PostGraphQLAsync("query($ids: [ID!]!) { users(ids: $ids) { id name email department title state } }", new { ids });
        var small = await client.PostGraphQLAsync("query($id: ID!) { user(id: $id) { id name } }", new { id = ids[0] });

        // Assert
        Assert.Equal(HttpStatusCode.OK, large.Status);
        Assert.Equal([OperationLimitCodes.MaxResponseSizeExceeded], large.ErrorCodes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, large.Data.ValueKind);
        Assert.False(small.HasErrors, small.Body.ToString());
    }
}
