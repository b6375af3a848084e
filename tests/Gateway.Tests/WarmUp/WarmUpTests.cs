using Gateway.Tests.Infrastructure;
using Gateway.Tests.ResponseCaching;
using Gateway.Tests.Upstream;
using Gateway.WarmUp;
using GenesysCloud.Simulator;

namespace Gateway.Tests.WarmUp;

/// <summary>
/// The warm-up before the gateway listens: the upstream token and organization are fetched then, not on a caller's
/// first query; a failing upstream is logged and never stops the start. Counted on the simulator, not timed.
/// </summary>
public sealed class WarmUpTests
{
    private const string UserQuery = "query($id: ID!) { user(id: $id) { id name } }";

    [Fact]
    public async Task WarmUpOn_TokenAndOrganizationFetchedBeforeTheFirstQuery()
    {
        // Arrange: the host's start includes the warm-up (it runs before the server listens).
        await using var gateway = new GatewayFactory().With("WarmUp:Enabled", "true");
        await gateway.InitializeAsync();
        Assert.Equal(1, gateway.Simulator.Calls.Get(SimulatorRoutes.OAuthToken));
        Assert.Equal(1, gateway.Simulator.Calls.Get(SimulatorRoutes.OrganizationMe));
        gateway.Simulator.Calls.Reset();
        using var client = gateway.CreateClient();

        // Act
        var response = await client.PostGraphQLAsync(UserQuery, new { id = gateway.Simulator.Data.UserIds[0] });

        // Assert: the query's own call only.
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(0, gateway.Simulator.Calls.Get(SimulatorRoutes.OAuthToken));
        Assert.Equal(0, gateway.Simulator.Calls.Get(SimulatorRoutes.OrganizationMe));
        Assert.Equal(1, gateway.Simulator.Calls.Total);
    }

    [Theory]
    [InlineData("{ __typename }")]
    [InlineData("query { __typename }")]
    public async Task WarmUpOn_CallersFirstQueryIsNotAnsweredFromTheWarmUpsResponses(string query)
    {
        // Arrange
        await using var gateway = new GatewayFactory().With("WarmUp:Enabled", "true");
        await gateway.InitializeAsync();
        using var client = gateway.CreateClient();

        // Act
        var first = await client.PostGraphQLAsync(query);
        var second = await client.PostGraphQLAsync(query);

        // Assert: the caller's own first answer is executed and kept; only its repeat is a hit.
        Assert.False(first.HasErrors, first.Body.ToString());
        Assert.False(first.IsHit(), first.Body.ToString());
        Assert.True(second.IsHit(), second.Body.ToString());
    }

    [Fact]
    public async Task WarmUpOff_FirstQueryFetchesTokenAndOrganization()
    {
        // Arrange
        await using var gateway = new GatewayFactory().With("WarmUp:Enabled", "false");
        await gateway.InitializeAsync();
        Assert.Equal(0, gateway.Simulator.Calls.Total);
        using var client = gateway.CreateClient();

        // Act
        var response = await client.PostGraphQLAsync(UserQuery, new { id = gateway.Simulator.Data.UserIds[0] });

        // Assert
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(1, gateway.Simulator.Calls.Get(SimulatorRoutes.OAuthToken));
        Assert.Equal(1, gateway.Simulator.Calls.Get(SimulatorRoutes.OrganizationMe));
    }

    [Fact]
    public async Task WarmUpOnWithoutUpstream_ExecutesTheDocumentsAndAsksTheUpstreamNothing()
    {
        // Arrange: the organization configured (no look-up to make), the upstream part off.
        var logs = new CapturingLoggerProvider();
        await using var gateway = new GatewayFactory { LogCapture = logs }
            .With("WarmUp:Enabled", "true")
            .With("WarmUp:Upstream", "false")
            .With("Genesys:OrganizationId", "configured-organization");

        // Act
        await gateway.InitializeAsync();

        // Assert
        Assert.Equal(0, gateway.Simulator.Calls.Total);
        Assert.Contains(logs.Lines, line => line.Contains("Warm-up done", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WarmUpOn_SimulatedTrafficAnswersEveryQueryWithoutCallingTheConfiguredUpstream()
    {
        // Arrange: the organization configured and the upstream part off, so the gateway's own upstream sees nothing at all.
        var logs = new CapturingLoggerProvider();
        await using var gateway = new GatewayFactory { LogCapture = logs }
            .With("WarmUp:Enabled", "true")
            .With("WarmUp:Upstream", "false")
            .With("WarmUp:SimulatedQueries", "40")
            .With("Genesys:OrganizationId", "configured-organization");

        // Act
        await gateway.InitializeAsync();

        // Assert: the copy served its own simulator, and every one of its queries had an answer without errors.
        Assert.Equal(0, gateway.Simulator.Calls.Total);
        Assert.Contains(logs.Lines, line => line.Contains("Warm-up ran 40 queries through a simulated copy of the gateway (0 failed)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WarmUpOn_SimulatedTrafficLeavesNothingTheGatewaysFirstQueryCanRead()
    {
        // Arrange: this simulator seeded as the copy's is (seed, sizes, organization), so the copy's cache keys would be
        // this gateway's: had it left anything where this gateway reads, the first query would find it.
        await using var gateway = new GatewayFactory().With("WarmUp:Enabled", "true").With("WarmUp:SimulatedQueries", "40");
        SimulatedGateway.SeedLikeTheCopy(gateway.SimulatorOptions);
        await gateway.InitializeAsync();
        gateway.Simulator.Calls.Reset();
        using var client = gateway.CreateClient();

        // Act: a user the copy's traffic asked its own simulator for (its first query is for the first user).
        var response = await client.PostGraphQLAsync(UserQuery, new { id = gateway.Simulator.Data.UserIds[0] });

        // Assert: fetched from this gateway's upstream, not found in anything the copy cached.
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.False(response.IsHit(), response.Body.ToString());
        Assert.Equal(1, gateway.Simulator.Calls.Total);
    }

    [Fact]
    public async Task SimulatedQueriesZero_NoCopyIsStarted()
    {
        // Arrange
        var logs = new CapturingLoggerProvider();
        await using var gateway = new GatewayFactory { LogCapture = logs }.With("WarmUp:Enabled", "true").With("WarmUp:SimulatedQueries", "0");

        // Act
        await gateway.InitializeAsync();

        // Assert: the rest of the warm-up ran; the simulated traffic did not.
        Assert.Contains(logs.Lines, line => line.Contains("Warm-up done", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("simulated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OrganizationLookupRefused_GatewayStartsLogsWhyAndTheFirstQueryRetries()
    {
        // Arrange: an upstream that refuses the organization look-up while the gateway starts.
        await using var simulator = await GatewayFactory.StartSimulatorAsync(new SimulatorOptions { Seed = 42 });
        simulator.Faults.Fail(SimulatorRoutes.OrganizationMe, 403);
        var logs = new CapturingLoggerProvider();
        await using var gateway = new GatewayFactory { SharedSimulator = simulator, LogCapture = logs }.With("WarmUp:Enabled", "true");

        // Act
        await gateway.InitializeAsync();
        simulator.Faults.Clear();
        using var client = gateway.CreateClient();
        var response = await client.PostGraphQLAsync(UserQuery, new { id = simulator.Data.UserIds[0] });

        // Assert: started, said why, and the refused look-up was not remembered.
        Assert.Contains(logs.Lines, line => line.Contains("Warm-up stopped", StringComparison.Ordinal) && line.Contains("OrganizationUnknownException", StringComparison.Ordinal));
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(2, simulator.Calls.Get(SimulatorRoutes.OrganizationMe));
    }
}
