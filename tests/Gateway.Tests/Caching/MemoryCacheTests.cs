using System.Text.Json;
using Gateway.Tests.Infrastructure;
using GenesysCloud.Simulator;

namespace Gateway.Tests.Caching;

/// <summary>The embedded default (memory only): what a warm gateway saves, and how it behaves when the upstream fails.</summary>
public sealed class MemoryCacheTests : IAsyncLifetime
{
    private readonly GatewayFactory _gateway = new();
    private readonly GatewayFactory _shortLivedUsers = new GatewayFactory()
        .With("Cache:Durations:User", "00:00:00.300")
        .With("Cache:FailSafeThrottleDuration", "00:00:05");

    public async Task InitializeAsync()
    {
        await _gateway.InitializeAsync();
        await _shortLivedUsers.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_gateway).DisposeAsync();
        await ((IAsyncLifetime)_shortLivedUsers).DisposeAsync();
    }

    [Fact]
    public async Task SecondIdenticalQuery_WarmMemory_CostsNoUpstreamCall()
    {
        // Arrange
        using var client = _gateway.CreateClient();
        var session = _gateway.Simulator.RichSessions().First();
        var first = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });
        Assert.False(first.HasErrors, first.Body.ToString());
        _gateway.Simulator.Calls.Reset();

        // Act
        var second = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });

        // Assert
        Assert.Equal(first.Data.ToString(), second.Data.ToString());
        Assert.Equal(0, _gateway.Simulator.Calls.Total);
    }

    [Fact]
    public async Task SecondIdenticalJourneyQuery_WarmMemory_CostsNoUpstreamCall()
    {
        // Arrange: a contact's journey page, with the entities of every session on it.
        using var client = _gateway.CreateClient();
        const string query = """
            query($c: ID!) { sessionsByExternalContact(externalContactId: $c, first: 10) {
              pageInfo { hasNextPage endCursor }
              nodes { id externalContact { lastName } lastConnectedUser { name } conversation { id state } } } }
            """;
        var variables = new { c = _gateway.Simulator.Data.ExternalContactIds[7] };
        var first = await client.PostGraphQLAsync(query, variables);
        Assert.False(first.HasErrors, first.Body.ToString());
        _gateway.Simulator.Calls.Reset();

        // Act
        var second = await client.PostGraphQLAsync(query, variables);

        // Assert
        Assert.Equal(first.Data.ToString(), second.Data.ToString());
        Assert.Equal(0, _gateway.Simulator.Calls.Total);
    }

    [Fact]
    public async Task OrganizationConfigured_CacheNeverAsksTheUpstreamForIt()
    {
        // Arrange
        await using var gateway = new GatewayFactory().With("Genesys:OrganizationId", "configured-organization");
        await gateway.InitializeAsync();
        using var client = gateway.CreateClient();

        // Act
        var response = await client.PostGraphQLAsync("query($id: ID!) { user(id: $id) { id } }", new { id = gateway.Simulator.Data.UserIds[0] });

        // Assert
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(0, gateway.Simulator.Calls.Get(SimulatorRoutes.OrganizationMe));
    }

    [Fact]
    public async Task UnknownId_AskedTwice_SecondAnswerFromNegativeCache()
    {
        // Arrange
        using var client = _gateway.CreateClient();
        var unknown = Guid.NewGuid().ToString();
        var first = await client.PostGraphQLAsync("query($id: ID!) { user(id: $id) { id } }", new { id = unknown });
        _gateway.Simulator.Calls.Reset();

        // Act
        var second = await client.PostGraphQLAsync("query($id: ID!) { user(id: $id) { id } }", new { id = unknown });

        // Assert
        Assert.Equal(["NOT_FOUND"], first.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], second.ErrorCodes);
        Assert.Equal(0, _gateway.Simulator.Calls.Get(SimulatorRoutes.Users));
    }

    [Fact]
    public async Task TwentyConcurrentRequests_SameColdEntity_OneUpstreamFetch()
    {
        // Arrange: a slow upstream, so every request misses while the first fetch is in flight.
        using var client = _gateway.CreateClient();
        var contact = _gateway.Simulator.Data.ExternalContactIds[^1];
        _gateway.Simulator.Faults.Delay(SimulatorRoutes.BulkExternalContacts, TimeSpan.FromMilliseconds(300));
        _gateway.Simulator.Calls.Reset();

        // Act
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            client.PostGraphQLAsync("query($id: ID!) { externalContact(id: $id) { id lastName } }", new { id = contact })));

        // Assert
        Assert.All(responses, r => Assert.False(r.HasErrors, r.Body.ToString()));
        Assert.Equal(1, _gateway.Simulator.Calls.Get(SimulatorRoutes.BulkExternalContacts));
    }

    [Fact]
    public async Task ConcurrentRequests_OverlappingColdIdsInDifferentBatches_EachIdFetchedOnce()
    {
        // Arrange: a slow upstream, and a second request whose batch shares two ids with the first one's, sent while
        // the first one's fetch is in flight (FusionCache's per-key lock alone let the second call include them).
        using var client = _gateway.CreateClient();
        var ids = _gateway.Simulator.Data.UserIds.Skip(40).Take(6).ToList();
        _gateway.Simulator.Faults.Delay(SimulatorRoutes.Users, TimeSpan.FromMilliseconds(500));
        _gateway.Simulator.Calls.Reset();
        const string query = "query($ids: [ID!]!) { users(ids: $ids) { id name } }";

        // Act
        var first = client.PostGraphQLAsync(query, new { ids = ids.Take(4) });
        await Task.Delay(150);
        var second = client.PostGraphQLAsync(query, new { ids = ids.Skip(2) });
        var answers = await Task.WhenAll(first, second);

        // Assert: both answered in full; six ids asked of the upstream, in two calls (the second one's own two ids).
        Assert.All(answers, answer => Assert.False(answer.HasErrors, answer.Body.ToString()));
        Assert.Equal(ids.Take(4), answers[0].Data.GetProperty("users").EnumerateArray().Select(user => user.GetProperty("id").GetString()));
        Assert.Equal(ids.Skip(2), answers[1].Data.GetProperty("users").EnumerateArray().Select(user => user.GetProperty("id").GetString()));
        Assert.Equal(6, _gateway.Simulator.Calls.GetIds(SimulatorRoutes.Users));
        Assert.Equal(2, _gateway.Simulator.Calls.Get(SimulatorRoutes.Users));
    }

    [Fact]
    public async Task UpstreamFailsAfterTtl_LastGoodValueServed_AndExtensionsSaySo()
    {
        // Arrange: users live 300 ms here; after that the upstream starts failing.
        using var client = _shortLivedUsers.CreateClient();
        var session = _shortLivedUsers.Simulator.RichSessions().Skip(1).First();
        var warm = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });
        Assert.False(warm.HasErrors, warm.Body.ToString());
        await Task.Delay(TimeSpan.FromMilliseconds(600)); // past the TTL: expiry is time itself, there is no event to await
        _shortLivedUsers.Simulator.Faults.Fail(SimulatorRoutes.Users, 500);

        // Act
        var stale = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });

        // Assert
        Assert.False(stale.HasErrors, stale.Body.ToString());
        Assert.Equal(
            warm.Data.GetProperty("session").GetProperty("lastConnectedUser").ToString(),
            stale.Data.GetProperty("session").GetProperty("lastConnectedUser").ToString());
        var entries = stale.Body.GetProperty("extensions").GetProperty("staleEntities").EnumerateArray().ToList();
        var entry = Assert.Single(entries);
        Assert.Equal("User", entry.GetProperty("kind").GetString());
        Assert.Equal(session.LastConnectedUser!.Id, entry.GetProperty("id").GetString());
        Assert.True(_shortLivedUsers.Simulator.Calls.Get(SimulatorRoutes.Users) >= 2);

        // And the next request, served the kept value without trying the upstream, is told it is stale too.
        var next = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });
        Assert.False(next.HasErrors, next.Body.ToString());
        Assert.Single(next.Body.GetProperty("extensions").GetProperty("staleEntities").EnumerateArray());
    }

    [Fact]
    public async Task UpstreamRefusesAfterTtl_StaleValueNotServed()
    {
        // Arrange: the credentials lose access to users (403) once the cached user has expired.
        using var client = _shortLivedUsers.CreateClient();
        var session = _shortLivedUsers.Simulator.RichSessions().Skip(3).First();
        var warm = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });
        Assert.False(warm.HasErrors, warm.Body.ToString());
        await Task.Delay(TimeSpan.FromMilliseconds(600)); // past the TTL: expiry is time itself, there is no event to await
        _shortLivedUsers.Simulator.Faults.Fail(SimulatorRoutes.Users, 403);

        // Act
        var refused = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });

        // Assert: no data the credentials may no longer read, and no claim of staleness.
        Assert.Equal(JsonValueKind.Null, refused.Data.GetProperty("session").GetProperty("lastConnectedUser").ValueKind);
        Assert.Equal(["UPSTREAM_FORBIDDEN"], refused.ErrorCodes);
        Assert.False(refused.Body.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task UpstreamFails_NothingCached_ErrorNotStaleValue()
    {
        // Arrange
        using var client = _gateway.CreateClient();
        var session = _gateway.Simulator.RichSessions().Skip(2).First();
        _gateway.Simulator.Faults.Fail(SimulatorRoutes.Users, 500);

        // Act
        var response = await client.PostGraphQLAsync(CacheQueries.SessionDetail, new { id = session.Id });

        // Assert
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("session").GetProperty("lastConnectedUser").ValueKind);
        Assert.Equal(["UPSTREAM_ERROR"], response.ErrorCodes);
        Assert.False(response.Body.TryGetProperty("extensions", out _));
    }
}
